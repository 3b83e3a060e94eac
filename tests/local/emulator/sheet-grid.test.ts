import { describe, expect, it } from 'vitest';
import {
  clearCells,
  deleteRows,
  insertColumns,
  insertRows,
  isFormulaText,
  lastColumnWithContent,
  lastRowWithContent,
  readCells,
  readFormulas,
  storedValue,
  writeCells,
} from '../../../src/local/emulator/sheet-grid';
import { hostRealm } from '../../../src/local/emulator/value-realm';
import { emptySheet } from '../../../src/local/emulator/workbook-data';

describe('storedValue and isFormulaText', () => {
  it('normalises what scripts write', () => {
    expect(storedValue(null)).toBe('');
    expect(storedValue(undefined)).toBe('');
    expect(storedValue(0)).toBe(0);
    expect(storedValue(false)).toBe(false);
    expect(storedValue('x')).toBe('x');
    expect(storedValue({ toString: () => 'obj' })).toBe('obj');
    const d = new Date(5);
    const stored = storedValue(d);
    expect(stored).toEqual(d);
    expect(stored).not.toBe(d);
    expect(isFormulaText('=A1')).toBe(true);
    expect(isFormulaText('=')).toBe(false);
    expect(isFormulaText(' =A1')).toBe(false);
  });
});

describe('writeCells and readCells', () => {
  it('keeps rows dense and reads blanks as ""', () => {
    const sheet = emptySheet('S', 0);
    writeCells(sheet, 2, 3, [[1]]);
    expect(sheet.values).toEqual([[], [], ['', '', '', 1]]);
    expect(readCells(sheet, { row: 1, column: 2, numRows: 2, numColumns: 3 }, hostRealm)).toEqual([
      ['', '', ''],
      ['', 1, ''],
    ]);
  });

  it('reads formulas block-wise', () => {
    const sheet = emptySheet('S', 0);
    writeCells(sheet, 0, 0, [['=1', 2]]);
    expect(readFormulas(sheet, { row: 0, column: 0, numRows: 1, numColumns: 3 }, hostRealm)).toEqual([
      ['=1', '', ''],
    ]);
  });

  it('reads 500,000 x 9 cells in one call with the right shape and values', () => {
    const sheet = emptySheet('Orders', 0);
    sheet.maxRows = 500_000;
    const when = new Date('2024-01-01T00:00:00Z');
    sheet.values = Array.from({ length: 500_000 }, (_, i) => [
      `O-${i}`,
      `C-${i % 50_000}`,
      when,
      i,
      'EUR',
      'Tea',
      1,
      'web',
      '',
    ]);
    const rows = readCells(sheet, { row: 0, column: 0, numRows: 500_000, numColumns: 9 }, hostRealm);
    expect(rows).toHaveLength(500_000);
    expect(rows[499_999]).toEqual(['O-499999', 'C-49999', when, 499_999, 'EUR', 'Tea', 1, 'web', '']);
    expect(rows[0][2]).not.toBe(when);
  });
});

describe('clearCells and last row/column', () => {
  it('clears values and formulas and drops trailing empty rows', () => {
    const sheet = emptySheet('S', 0);
    writeCells(sheet, 0, 0, [
      [1, '=A1'],
      [2, 3],
    ]);
    expect(lastRowWithContent(sheet)).toBe(2);
    expect(lastColumnWithContent(sheet)).toBe(2);
    clearCells(sheet, { row: 1, column: 0, numRows: 1, numColumns: 2 });
    expect(sheet.values).toEqual([[1, '']]);
    expect(lastRowWithContent(sheet)).toBe(1);
    // The formula in B1 still counts as content.
    expect(lastColumnWithContent(sheet)).toBe(2);
    clearCells(sheet, { row: 0, column: 1, numRows: 1, numColumns: 1 });
    expect(lastColumnWithContent(sheet)).toBe(1);
  });
});

describe('row and column shifts', () => {
  it('insertRows and deleteRows move values and sparse maps together', () => {
    const sheet = emptySheet('S', 0);
    writeCells(sheet, 0, 0, [['a'], ['b'], ['=c']]);
    sheet.numberFormats.set('1:0', '0.00');
    insertRows(sheet, 1, 2);
    expect(sheet.values.map((r) => r[0])).toEqual(['a', undefined, undefined, 'b', '']);
    expect(sheet.formulas.get('4:0')).toBe('=c');
    expect(sheet.numberFormats.get('3:0')).toBe('0.00');
    expect(sheet.maxRows).toBe(1002);
    deleteRows(sheet, 0, 3);
    expect(sheet.values.map((r) => r[0])).toEqual(['b', '']);
    expect(sheet.formulas.get('1:0')).toBe('=c');
    expect(sheet.numberFormats.get('0:0')).toBe('0.00');
    expect(sheet.maxRows).toBe(999);
  });

  it('insertColumns moves cells right', () => {
    const sheet = emptySheet('S', 0);
    writeCells(sheet, 0, 0, [['a', 'b']]);
    sheet.validations.set('0:1', { kind: 'checkbox', allowInvalid: true });
    insertColumns(sheet, 1, 1);
    expect(sheet.values[0]).toEqual(['a', '', 'b']);
    expect(sheet.validations.has('0:2')).toBe(true);
    expect(sheet.maxColumns).toBe(27);
  });
});
