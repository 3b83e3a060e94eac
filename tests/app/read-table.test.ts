// readTable: a whole tab read with one getValues into a SheetTable.
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/app/read-table';
import { MemoryWorkbook } from './memory-ports';

describe('readTable', () => {
  it('splits the header row from the data rows and indexes the headers by their comparison key', () => {
    const workbook = new MemoryWorkbook();
    const joined = new Date(Date.UTC(2024, 0, 5));
    workbook.put('Customers', [
      ['Customer ID', 'Name', 'Created at'],
      ['C000001', 'Ana Silva', joined],
      ['C000002', 'Ben Okafor', ''],
    ]);
    const table = readTable(workbook, 'Customers');
    expect(table.tab).toBe('Customers');
    expect(table.header).toEqual(['Customer ID', 'Name', 'Created at']);
    expect([...table.index]).toEqual([
      ['customerid', 0],
      ['name', 1],
      ['createdat', 2],
    ]);
    expect(table.rows).toEqual([
      ['C000001', 'Ana Silva', joined],
      ['C000002', 'Ben Okafor', ''],
    ]);
    expect(workbook.callCount('readTab')).toBe(1);
    expect(workbook.calls.size).toBe(1);
  });

  it('gives a tab with only its header row no data rows', () => {
    const workbook = new MemoryWorkbook();
    workbook.put('Orders', [['Order ID', 'Amount']]);
    const table = readTable(workbook, 'Orders');
    expect(table.header).toEqual(['Order ID', 'Amount']);
    expect(table.rows).toEqual([]);
  });

  it('gives a missing tab an empty table instead of throwing', () => {
    const workbook = new MemoryWorkbook();
    const table = readTable(workbook, 'Nowhere');
    expect(table).toEqual({ tab: 'Nowhere', header: [], index: new Map(), rows: [] });
    expect(workbook.callCount('readTab')).toBe(1);
  });

  it('keeps the first of two headers that compare equal', () => {
    const workbook = new MemoryWorkbook();
    workbook.put('Extra', [
      ['E-mail', 'email', ''],
      ['a@example.com', 'b@example.com', 'x'],
    ]);
    const table = readTable(workbook, 'Extra');
    expect(table.index.get('email')).toBe(0);
    // An empty header cell has no key, so it is not indexed.
    expect(table.index.size).toBe(1);
    expect(table.rows).toEqual([['a@example.com', 'b@example.com', 'x']]);
  });
});
