// The one Customers row of a Customer ID, read once, for the use cases that change a single customer.
import { cellText } from '../core/analytics/cell-text';
import { COLUMNS, type TabTable } from '../core/table/columns';
import { cellOf } from '../core/table/sheet-table';
import type { Workbook } from './ports';
import { readTable } from './read-table';
import { TAB } from './tab-layouts';

/**
 * The Customers table (one getValues) and the data-row index of `customerId` in it. Throws when the
 * tab is missing, when no row has the ID, or when several do (the sheet must say which one).
 */
export function customerRow(
  workbook: Workbook,
  customerId: string,
): { table: TabTable<'customers'>; row: number } {
  const table = readTable(workbook, TAB.customers);
  if (table.header.length === 0) throw new Error('The Customers tab is missing; run Set up first.');
  const id = customerId.trim();
  const rows = table.rows.flatMap((row, i) =>
    id !== '' && cellText(cellOf(table, row, COLUMNS.customers.customerId)) === id ? [i] : [],
  );
  if (rows.length === 0) throw new Error(`No customer has the Customer ID "${id}".`);
  if (rows.length > 1)
    throw new Error(
      `${rows.length} rows of Customers have the Customer ID "${id}": keep one, then try again.`,
    );
  return { table, row: rows[0] };
}
