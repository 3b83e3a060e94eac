import { describe, expect, it } from 'vitest';
import { emptySheet } from '../../../src/local/emulator/workbook-data';
import { sparseExtents } from '../../../src/local/store/sparse-extents';

describe('sparseExtents', () => {
  it('gives, per row, the last column that a formula or a number format alone reaches', () => {
    const sheet = emptySheet('Orders', 0);
    sheet.values = [['Order ID', 'Amount']];
    sheet.formulas.set('0:4', '=SUM(B:B)');
    sheet.numberFormats.set('3:1', '@');
    sheet.numberFormats.set('3:7', '0.00');
    sheet.numberFormats.set('0:2', '0%');
    expect([...sparseExtents(sheet)].sort(([a], [b]) => a - b)).toEqual([
      [0, 4],
      [3, 7],
    ]);
  });

  it('is empty for a tab of values only', () => {
    const sheet = emptySheet('Log', 1);
    sheet.values = [['Time', 'Action']];
    expect(sparseExtents(sheet).size).toBe(0);
  });
});
