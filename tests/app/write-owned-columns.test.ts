import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/app/ports';
import { writeOwnedColumns } from '../../src/app/write-owned-columns';
import { MemoryWorkbook } from './memory-ports';

describe('writeOwnedColumns', () => {
  it('writes each run of adjacent owned columns once, by key, and never a user column between them', () => {
    const workbook = new MemoryWorkbook();
    workbook.put('Customers', [
      ['customer id', 'Orders', 'My notes', 'Revenue', 'Updated at'],
      ['C2', '', 'keep', '', ''],
      ['C1', '', 'mine', '', ''],
      ['C3', '', 'new row', '', ''],
    ]);
    const values = new Map<string, Map<string, Cell>>([
      [
        'C1',
        new Map<string, Cell>([
          ['Orders', 3],
          ['Revenue', 118],
          ['Updated at', 'today'],
        ]),
      ],
      [
        'C2',
        new Map<string, Cell>([
          ['Orders', 1],
          ['Revenue', 10],
          ['Updated at', 'today'],
        ]),
      ],
    ]);
    const report = writeOwnedColumns(
      workbook,
      'Customers',
      'Customer ID',
      ['Orders', 'Revenue', 'Updated at'],
      values,
      (key) => `no values for ${key}`,
    );
    expect(report).toEqual({ written: 2, unmatched: 1, blocks: 2 });
    expect(workbook.callCount('writeBlock')).toBe(2);
    expect(workbook.values('Customers')).toEqual([
      ['customer id', 'Orders', 'My notes', 'Revenue', 'Updated at'],
      ['C2', 1, 'keep', 10, 'today'],
      ['C1', 3, 'mine', 118, 'today'],
      ['C3', '', 'new row', '', 'no values for C3'],
    ]);
  });

  it('throws when the key column is missing', () => {
    const workbook = new MemoryWorkbook();
    workbook.put('Customers', [['Name', 'Orders']]);
    expect(() =>
      writeOwnedColumns(workbook, 'Customers', 'Customer ID', ['Orders'], new Map(), () => ''),
    ).toThrow('The Customers tab has no "Customer ID" column.');
  });
});
