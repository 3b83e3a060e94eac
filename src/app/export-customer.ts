// Privacy: everything held about one customer, across all tabs, as JSON.

import { isValidDate } from '../core/table/is-valid-date';
import { findCustomerRows } from './find-customer-rows';
import type { Ports } from './ports';

/** The export: one list of records (header → value) per tab that mentions the customer. */
export interface CustomerExport {
  /** '' for a person no tab gives a Customer ID (e.g. one who only answered a survey). */
  customerId: string;
  exportedAt: string;
  tabs: Record<string, Array<Record<string, string | number | boolean>>>;
}

/**
 * Collects every row about the person (Customer ID or email, see findCustomerRows) from every
 * tab, whether or not they have a Customers row (a person who only answered a survey is held
 * too), with the rows that name them in their text (Log rows), keyed by the tab's own headers; dates become ISO 8601 text so the result is plain JSON.
 * Reads each tab once and writes nothing. Throws when no tab knows the person.
 */
export function exportCustomer(ports: Pick<Ports, 'workbook' | 'clock'>, query: string): CustomerExport {
  const { identity, tabs } = findCustomerRows(ports.workbook, query);
  const out: CustomerExport = {
    customerId: identity.customerId,
    exportedAt: ports.clock.now().toISOString(),
    tabs: {},
  };
  for (const { table, rows } of tabs) {
    out.tabs[table.tab] = rows.map((i) => {
      const record: Record<string, string | number | boolean> = {};
      table.header.forEach((header, column) => {
        const name = String(header).trim();
        if (!name) return;
        const value = table.rows[i][column] ?? '';
        record[name] = isValidDate(value) ? value.toISOString() : value;
      });
      return record;
    });
  }
  return out;
}
