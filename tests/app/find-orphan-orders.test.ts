// findOrphanOrders: Orders rows whose Customer ID is held by no Customers row.
import { describe, expect, it } from 'vitest';
import { findOrphanOrders } from '../../src/app/find-orphan-orders';
import type { Cell } from '../../src/app/ports';
import type { TabTable } from '../../src/core/table/columns';
import { toSheetTable } from '../../src/core/table/sheet-table';

/** A table whose rows and cells are frozen: the function only reads them. */
function frozenTable<T extends 'customers' | 'orders'>(
  tab: string,
  header: Cell[],
  rows: Cell[][],
): TabTable<T> {
  const values = [header, ...rows].map((row) => Object.freeze(row.slice()) as Cell[]);
  const table = toSheetTable(tab, values) as TabTable<T>;
  Object.freeze(table.rows);
  return Object.freeze(table) as TabTable<T>;
}

function customers(rows: Cell[][], header: Cell[] = ['Customer ID', 'Name']): TabTable<'customers'> {
  return frozenTable<'customers'>('Customers', header, rows);
}

function orders(rows: Cell[][], header: Cell[] = ['Order ID', 'Customer ID', 'Email']): TabTable<'orders'> {
  return frozenTable<'orders'>('Orders', header, rows);
}

describe('findOrphanOrders', () => {
  it('lists, by sheet row number, the orders whose Customer ID no customer holds', () => {
    const found = findOrphanOrders(
      customers([
        ['C000001', 'Ana'],
        ['C000002', 'Ben'],
      ]),
      orders([
        ['#1', 'C000001', ''],
        ['#2', 'C000003', ''],
        ['#3', 'C000002', ''],
        ['#4', 'C000009', 'x@example.com'],
      ]),
    );
    // Data row i is sheet row i + 2: #2 is on row 3, #4 on row 5.
    expect(found).toEqual([
      { row: 3, reason: 'Customer ID C000003 is not in Customers' },
      { row: 5, reason: 'Customer ID C000009 is not in Customers' },
    ]);
  });

  it('leaves out orders without a Customer ID (they are matched by email)', () => {
    const found = findOrphanOrders(
      customers([['C000001', 'Ana']]),
      orders([
        ['#1', '', 'ana@example.com'],
        ['#2', '   ', 'ana@example.com'],
      ]),
    );
    expect(found).toEqual([]);
  });

  it('compares IDs as key text: trimmed, without the plain-text apostrophe, numbers as written', () => {
    const found = findOrphanOrders(
      customers([
        [" 'C000001 ", 'Ana'],
        [42, 'Ben'],
      ]),
      orders([
        ['#1', 'C000001', ''],
        ['#2', "'42", ''],
        ['#3', ' c000001', ''],
      ]),
    );
    // Key text is case-sensitive, so c000001 is another ID; the reason shows the trimmed ID.
    expect(found).toEqual([{ row: 4, reason: 'Customer ID c000001 is not in Customers' }]);
  });

  it('finds the Customer ID columns wherever they are and however their header is spelt', () => {
    const found = findOrphanOrders(
      customers([['Ana', 'C000001']], ['Name', 'customer_id']),
      orders([['C000004', '#1']], ['CUSTOMER ID', 'Order ID']),
    );
    expect(found).toEqual([{ row: 2, reason: 'Customer ID C000004 is not in Customers' }]);
  });

  it('lists every order when there are no customers', () => {
    expect(findOrphanOrders(customers([]), orders([['#1', 'C000001', '']]))).toEqual([
      { row: 2, reason: 'Customer ID C000001 is not in Customers' },
    ]);
  });

  it('lists nothing when either tab has no Customer ID column', () => {
    expect(findOrphanOrders(customers([['Ana']], ['Name']), orders([['#1', 'C000001', '']]))).toEqual([]);
    expect(
      findOrphanOrders(customers([['C000001', 'Ana']]), orders([['#1', 'C9']], ['Order ID', 'Email'])),
    ).toEqual([]);
    expect(findOrphanOrders(customers([], []), orders([], []))).toEqual([]);
  });

  it('reads a short row as having no Customer ID', () => {
    expect(findOrphanOrders(customers([['C000001']]), orders([['#1']]))).toEqual([]);
  });
});
