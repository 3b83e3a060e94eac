// Formulas in the sandbox: custom functions with Sheets' arguments and spills, built-ins by fast-formula-parser.
import { describe, expect, it } from 'vitest';
import { writeCells } from '../../../src/local/emulator/sheet-grid';
import { emptyWorkbook, type WorkbookData } from '../../../src/local/emulator/workbook-data';
import { FormulaValues } from '../../../src/local/sandbox/formula-values';

function book(rows: unknown[][]): WorkbookData {
  const workbook = emptyWorkbook('Test', 'America/New_York');
  writeCells(workbook.sheets[0], 0, 0, rows, workbook.timeZone);
  return workbook;
}

describe('FormulaValues', () => {
  it('hands a custom function a range as a 2-D array and a cell as a value, and spills its array', () => {
    const calls: Array<[string, unknown[]]> = [];
    const formulas = new FormulaValues((name, args) => {
      calls.push([name, args]);
      return [
        ['a', 1],
        ['b', 2],
      ];
    });
    const workbook = book([[9, 'x', '=CRM_PAIRS(A2:A3, B1)'], [10], [3]]);
    formulas.recalculate(workbook);
    const sheet = workbook.sheets[0];
    expect(calls).toEqual([['CRM_PAIRS', [[[10], [3]], 'x']]]);
    expect([0, 1].map((r) => [2, 3].map((c) => formulas.value(sheet, r, c)))).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('shows #REF! when a spill would overwrite a cell that is not empty, and spills once it is cleared', () => {
    const formulas = new FormulaValues(() => [[1], [2], [3]]);
    const workbook = book([['=CRM_LIST()'], [''], ['in the way']]);
    const sheet = workbook.sheets[0];
    formulas.recalculate(workbook);
    expect(formulas.value(sheet, 0, 0)).toBe('#REF!');
    expect(formulas.message(sheet, 0, 0)).toMatch(/overwrite/);
    expect(formulas.value(sheet, 1, 0)).toBe('');
    writeCells(sheet, 2, 0, [['']]);
    formulas.recalculate(workbook);
    expect([0, 1, 2].map((r) => formulas.value(sheet, r, 0))).toEqual([1, 2, 3]);
  });

  it('shows #ERROR! with the message of a custom function that throws, and remembers results by arguments', () => {
    let runs = 0;
    const formulas = new FormulaValues((_, args) => {
      runs++;
      if (args[0] === 0) throw new Error('CRM_X: give a positive number');
      return 1;
    });
    const workbook = book([['=CRM_X(0)', '=CRM_X(2)', '=CRM_X(2)']]);
    const sheet = workbook.sheets[0];
    formulas.recalculate(workbook);
    expect(formulas.value(sheet, 0, 0)).toBe('#ERROR!');
    expect(formulas.message(sheet, 0, 0)).toBe('CRM_X: give a positive number');
    expect(formulas.value(sheet, 0, 1)).toBe(1);
    expect(runs).toBe(2);
    formulas.forget();
    formulas.recalculate(workbook);
    expect(runs).toBe(4);
  });

  it('computes built-ins, chains of formulas and dates as serial numbers in the spreadsheet zone', () => {
    const formulas = new FormulaValues(() => {
      throw new Error('no custom function here');
    });
    const workbook = book([
      [2, 3, '=C2*2', '=SUM(A1:B1)', '=1/0', '=YEAR(F2)+MONTH(F2)'],
      ['', '', '=D1+1', '', '', '2024-03-05'],
    ]);
    const sheet = workbook.sheets[0];
    formulas.recalculate(workbook);
    expect(formulas.value(sheet, 0, 3)).toBe(5);
    expect(formulas.value(sheet, 1, 2)).toBe(6);
    expect(formulas.value(sheet, 0, 2)).toBe(12);
    expect(formulas.value(sheet, 0, 4)).toBe('#DIV/0!');
    expect(formulas.value(sheet, 0, 5)).toBe(2027);
  });

  it('does not reach the network: WEBSERVICE gives #N/A', () => {
    const formulas = new FormulaValues(() => '');
    const workbook = book([['=WEBSERVICE("http://example.com")']]);
    formulas.recalculate(workbook);
    expect(formulas.value(workbook.sheets[0], 0, 0)).toBe('#N/A');
  });
});
