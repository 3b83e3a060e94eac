// Orders whose Customer ID names no customer: reported, never attached to somebody else.

import { COLUMNS, type TabTable } from '../core/table/columns';
import { columnOf, keyText } from '../core/table/sheet-table';
import type { Rejection } from './log';

/**
 * The Orders rows (sheet row numbers) whose Customer ID is filled in but held by no Customers
 * row, e.g. after the user deleted that customer's row. Customer IDs are never issued twice, so
 * such orders stay unattached until the user fixes them; this lists them so they can. Orders
 * without a Customer ID (found by email instead) are not listed.
 * @example findOrphanOrders(customers, orders) // => [{ row: 5, reason: 'Customer ID C000003 is not in Customers' }]
 */
export function findOrphanOrders(customers: TabTable<'customers'>, orders: TabTable<'orders'>): Rejection[] {
  const idColumn = columnOf(customers, COLUMNS.customers.customerId);
  const orderColumn = columnOf(orders, COLUMNS.orders.customerId);
  if (idColumn < 0 || orderColumn < 0) return [];
  const known = new Set(customers.rows.map((row) => keyText(row[idColumn] ?? '')));
  const orphans: Rejection[] = [];
  orders.rows.forEach((row, i) => {
    const id = keyText(row[orderColumn] ?? '');
    if (id && !known.has(id)) orphans.push({ row: i + 2, reason: `Customer ID ${id} is not in Customers` });
  });
  return orphans;
}
