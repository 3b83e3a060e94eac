import { describe, expect, it } from 'vitest';
import { cellOf, columnOf, keyText, padRow, rowKey, toSheetTable } from '../../../src/core/table/sheet-table';

describe('toSheetTable', () => {
  const values = Object.freeze([
    Object.freeze(['Order ID', 'e-mail', 'Channel', 'Order ID']),
    Object.freeze(["'-1001", 'a@x.com', 'shop', 'second']),
    Object.freeze([42, 'b@x.com']),
  ]);

  it('splits the header row from the data rows and finds headers ignoring case and punctuation', () => {
    const table = toSheetTable(
      'Orders',
      values.map((row) => row.slice()),
    );
    expect(table.tab).toBe('Orders');
    expect(table.rows).toHaveLength(2);
    expect(columnOf(table, 'email')).toBe(1);
    expect(columnOf(table, 'ORDER ID')).toBe(0); // the first of two equal headers wins
    expect(columnOf(table, 'Amount')).toBe(-1);
    expect(cellOf(table, table.rows[1], 'Channel')).toBe(''); // a short row reads blank
    expect(cellOf(table, table.rows[0], 'Amount')).toBe('');
  });

  it('gives an empty table for a missing tab', () => {
    const table = toSheetTable('Log', []);
    expect(table.header).toEqual([]);
    expect(table.rows).toEqual([]);
  });

  it('keys a row by its key cells, formula-guard apostrophe and spaces ignored', () => {
    const table = toSheetTable(
      'Orders',
      values.map((row) => row.slice()),
    );
    expect(rowKey(table, table.rows[0], ['Channel', 'Order ID'])).toBe('shop\u241f-1001');
    expect(rowKey(table, table.rows[1], ['Channel', 'Order ID'])).toBe('\u241f42');
    expect(keyText(new Date('2024-03-01T10:00:00Z'))).toBe('2024-03-01T10:00:00.000Z');
    expect(keyText('  x ')).toBe('x');
  });

  it('pads a row to the header width without cutting a longer one', () => {
    expect(padRow(['a'], 3)).toEqual(['a', '', '']);
    expect(padRow(['a', 'b', 'c'], 2)).toEqual(['a', 'b', 'c']);
  });
});
