import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/app/ports';
import { writeChangedCells } from '../../src/app/write-changed-cells';
import { MemoryWorkbook } from './memory-ports';

describe('writeChangedCells', () => {
  it('writes only the columns and the rows span that changed, one block per run of columns', () => {
    const workbook = new MemoryWorkbook();
    const current: Cell[][] = [
      ['C1', 'Ana', 'a@x', 'f1'],
      ['C2', 'Ben', 'b@x', 'f2'],
      ['C3', 'Cy', 'c@x', 'f3'],
    ];
    workbook.put('T', [['ID', 'Name', 'Email', 'Formula'], ...current]);
    const next = current.map((r) => r.slice());
    next[0][1] = '';
    next[2][1] = 'Cyd';
    next[2][2] = '';
    const writes: Array<[number, number, Cell[][]]> = [];
    const write = workbook.writeBlock.bind(workbook);
    workbook.writeBlock = (tab, row, column, values) => {
      writes.push([row, column, values]);
      write(tab, row, column, values);
    };
    expect(writeChangedCells(workbook, 'T', 2, current, next)).toBe(1);
    // Columns B and C (2-3), rows 2 to 4: the Formula column D is never written.
    expect(writes).toEqual([
      [
        2,
        2,
        [
          ['', 'a@x'],
          ['Ben', 'b@x'],
          ['Cyd', ''],
        ],
      ],
    ]);
  });

  it('writes nothing when nothing changed, and compares dates by instant', () => {
    const workbook = new MemoryWorkbook();
    workbook.put('T', [['D']]);
    const rows: Cell[][] = [[new Date(0)]];
    expect(writeChangedCells(workbook, 'T', 2, rows, [[new Date(0)]])).toBe(0);
    expect(workbook.callCount('writeBlock')).toBe(0);
  });
});
