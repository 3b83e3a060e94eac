// Finds every row about one customer, in every tab: by Customer ID, email or phone.
import { normalizeEmail } from '../core/clean/normalize-email';
import { normalizePhone } from '../core/clean/normalize-phone';
import type { Workbook } from './ports';
import { cellOf, columnOf, readTable, type SheetTable } from './sheet-table';
import { TAB } from './tab-layouts';

/** The customer as the Customers tab knows them. */
export interface CustomerIdentity {
  customerId: string;
  email: string;
  phone: string;
}

/** One tab's rows about the customer (data-row indexes into `table.rows`). */
export interface CustomerRows {
  table: SheetTable;
  rows: number[];
}

function text(value: unknown): string {
  return String(value ?? '').trim();
}

/**
 * Looks a customer up in Customers by Customer ID or by email (compared normalised), then
 * collects, from every tab but the hidden undo tab, the rows whose Customer ID, Email or Phone
 * column names them, or whose text mentions their Customer ID (IDs of 5 characters or more,
 * e.g. a merge's Log row). Each tab is read once. Throws when no customer matches or when an email
 * matches several customers (the Customer ID must then be given).
 */
export function findCustomerRows(
  workbook: Workbook,
  query: string,
): { identity: CustomerIdentity; tabs: CustomerRows[] } {
  const customers = readTable(workbook, TAB.customers);
  if (customers.header.length === 0) throw new Error('The Customers tab is missing; run Set up first.');
  const wanted = text(query);
  const wantedEmail = normalizeEmail(wanted);
  const hits = customers.rows.filter(
    (row) =>
      text(cellOf(customers, row, 'Customer ID')) === wanted ||
      (wantedEmail !== '' && normalizeEmail(cellOf(customers, row, 'Email')) === wantedEmail),
  );
  const ids = new Set(hits.map((row) => text(cellOf(customers, row, 'Customer ID'))));
  if (hits.length === 0) throw new Error(`No customer has the Customer ID or email "${wanted}".`);
  if (ids.size > 1)
    throw new Error(`Several customers have the email "${wanted}": give the Customer ID instead.`);
  const row = hits[0];
  const identity: CustomerIdentity = {
    customerId: text(cellOf(customers, row, 'Customer ID')),
    email: normalizeEmail(cellOf(customers, row, 'Email')),
    phone: normalizePhone(cellOf(customers, row, 'Phone')),
  };
  const tabs: CustomerRows[] = [];
  // Short IDs ("42") would be found inside unrelated text, so only IDs of 5 characters or more are searched for.
  const mention =
    identity.customerId.length >= 5
      ? new RegExp(
          `(^|[^\\p{L}\\p{N}])${identity.customerId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`,
          'u',
        )
      : null;
  for (const name of workbook.tabNames()) {
    if (name === TAB.undo) continue;
    const table = name === TAB.customers ? customers : readTable(workbook, name);
    const idColumn = columnOf(table, 'Customer ID');
    const emailColumns = [columnOf(table, 'Email'), columnOf(table, 'Email address')].filter((c) => c >= 0);
    const phoneColumn = columnOf(table, 'Phone');
    const rows: number[] = [];
    table.rows.forEach((cells, i) => {
      const byId =
        idColumn >= 0 && identity.customerId !== '' && text(cells[idColumn]) === identity.customerId;
      const byEmail =
        identity.email !== '' && emailColumns.some((c) => normalizeEmail(cells[c]) === identity.email);
      const byPhone =
        phoneColumn >= 0 && identity.phone !== '' && normalizePhone(cells[phoneColumn]) === identity.phone;
      // Text that names the customer by ID elsewhere (a merge's Log row, a user's own column).
      const byMention =
        mention !== null &&
        cells.some((cell, c) => c !== idColumn && typeof cell === 'string' && mention.test(cell));
      if (byId || byEmail || byPhone || byMention) rows.push(i);
    });
    if (rows.length) tabs.push({ table, rows });
  }
  return { identity, tabs };
}
