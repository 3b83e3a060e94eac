import { describe, expect, it } from 'vitest';
import { toSheetTable } from '../../../src/core/table/sheet-table';
import { tableRow } from '../../../src/core/table/table-row';

describe('tableRow', () => {
  it("puts each value under its header in the tab's own column order, the rest empty", () => {
    const table = toSheetTable<'Order ID' | 'Amount' | 'Status' | 'Product'>('Orders', [
      ['Status', 'My notes', 'order id', 'Amount'],
    ]);
    expect(tableRow(table, { 'Order ID': '1001', Amount: 12.5, Product: 'Fig' })).toEqual([
      '',
      '',
      '1001',
      12.5,
    ]);
  });
});
