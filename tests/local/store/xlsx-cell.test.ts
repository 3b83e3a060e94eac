// xlsxCell: what one cell of the emulated workbook becomes in exceljs, its value or formula and its number format.
import { describe, expect, it } from 'vitest';
import { type CellValue, emptySheet, type SheetData } from '../../../src/local/emulator/workbook-data';
import { xlsxCell } from '../../../src/local/store/xlsx-cell';

/** A sheet holding `values`, with formulas and formats by 'row:col'; its values are frozen. */
function sheetOf(
  values: CellValue[][],
  formulas: Record<string, string> = {},
  formats: Record<string, string> = {},
): SheetData {
  return {
    ...emptySheet('Orders', 1),
    values: Object.freeze(values.map((row) => Object.freeze(row.slice()))) as CellValue[][],
    formulas: new Map(Object.entries(formulas)),
    numberFormats: new Map(Object.entries(formats)),
  };
}

describe('xlsxCell', () => {
  it('is null for a cell with no value, formula or format, also outside the stored rows', () => {
    const sheet = sheetOf([['', 'x']]);
    expect(xlsxCell(sheet, 0, 0, 'Etc/UTC')).toBeNull();
    expect(xlsxCell(sheet, 5, 9, 'Etc/UTC')).toBeNull();
  });

  it('keeps a number format on an empty cell, with no value', () => {
    expect(xlsxCell(sheetOf([]), 2, 4, 'Etc/UTC')).toBeNull();
    expect(xlsxCell(sheetOf([], {}, { '2:4': '@' }), 2, 4, 'Etc/UTC')).toEqual({
      value: undefined,
      numFmt: '@',
    });
  });

  it('writes numbers, booleans and text as they are, with their format', () => {
    const sheet = sheetOf([[46.9, true, 'Ana']], {}, { '0:0': '#,##0.00' });
    expect(xlsxCell(sheet, 0, 0, 'Etc/UTC')).toEqual({ value: 46.9, numFmt: '#,##0.00' });
    expect(xlsxCell(sheet, 0, 1, 'Etc/UTC')).toEqual({ value: true, numFmt: undefined });
    expect(xlsxCell(sheet, 0, 2, 'Etc/UTC')).toEqual({ value: 'Ana', numFmt: undefined });
  });

  it('escapes text XML cannot hold as _xHHHH_ [ECMA-376 Part 1, 22.9.2.19 ST_Xstring]', () => {
    expect(xlsxCell(sheetOf([['a\u0001b_x0041_']]), 0, 0, 'Etc/UTC')).toEqual({
      value: 'a_x0001_b_x005F_x0041_',
      numFmt: undefined,
    });
  });

  it("writes a date as its wall clock in the spreadsheet's zone, yyyy-mm-dd at midnight and with the time past it", () => {
    // 2024-01-04T15:00Z is midnight of 2024-01-05 in Tokyo (UTC+9); 2024-01-05T00:30Z is 09:30 there.
    const sheet = sheetOf([[new Date('2024-01-04T15:00:00Z'), new Date('2024-01-05T00:30:00Z')]]);
    expect(xlsxCell(sheet, 0, 0, 'Asia/Tokyo')).toEqual({
      value: new Date(Date.UTC(2024, 0, 5)),
      numFmt: 'yyyy-mm-dd',
    });
    expect(xlsxCell(sheet, 0, 1, 'Asia/Tokyo')).toEqual({
      value: new Date(Date.UTC(2024, 0, 5, 9, 30)),
      numFmt: 'yyyy-mm-dd hh:mm:ss',
    });
  });

  it("keeps a date's own number format", () => {
    const sheet = sheetOf([[new Date('2024-01-05T00:30:00Z')]], {}, { '0:0': 'dd/mm/yyyy' });
    expect(xlsxCell(sheet, 0, 0, 'Etc/UTC')).toEqual({
      value: new Date(Date.UTC(2024, 0, 5, 0, 30)),
      numFmt: 'dd/mm/yyyy',
    });
  });

  it("writes a formula without its '=' and its value as the cached result", () => {
    const sheet = sheetOf([[4, '', 'Ana']], { '0:0': '=B1*2', '0:1': 'NOW()', '0:2': '=A1&""' });
    expect(xlsxCell(sheet, 0, 0, 'Etc/UTC')).toEqual({
      value: { formula: 'B1*2', result: 4 },
      numFmt: undefined,
    });
    // A formula whose value is '' has no result; one written without '=' is kept as it is.
    expect(xlsxCell(sheet, 0, 1, 'Etc/UTC')).toEqual({
      value: { formula: 'NOW()', result: undefined },
      numFmt: undefined,
    });
    // The cached text result is not escaped: exceljs writes it as a formula's <v>.
    expect(xlsxCell(sheet, 0, 2, 'Etc/UTC')).toEqual({
      value: { formula: 'A1&""', result: 'Ana' },
      numFmt: undefined,
    });
  });

  // The seven cell error values of Excel 2007, the version ECMA-376 describes [learn.microsoft.com, XlCVError enumeration, Office 2007].
  it('writes an error text a formula results in as an error value', () => {
    const errors = ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!'];
    const sheet = sheetOf([errors], Object.fromEntries(errors.map((_, column) => [`0:${column}`, '=X()'])));
    errors.forEach((error, column) => {
      expect(xlsxCell(sheet, 0, column, 'Etc/UTC')?.value).toEqual({ formula: 'X()', result: { error } });
    });
    // The same text in a plain cell is text, and another text a formula gives is its text result.
    expect(xlsxCell(sheetOf([['#N/A']]), 0, 0, 'Etc/UTC')?.value).toBe('#N/A');
    expect(xlsxCell(sheetOf([['#SPILL!']], { '0:0': '=X()' }), 0, 0, 'Etc/UTC')?.value).toEqual({
      formula: 'X()',
      result: '#SPILL!',
    });
  });

  it('throws, naming the cell, for a value .xlsx cannot hold', () => {
    const sheet = sheetOf([
      ['', new Date(Number.NaN)],
      [Number.POSITIVE_INFINITY, Number.NaN],
      ['x'.repeat(32_767), 'x'.repeat(32_768)],
      [{} as unknown as CellValue],
    ]);
    expect(() => xlsxCell(sheet, 0, 1, 'Etc/UTC')).toThrow(new Error('Orders!B1: the date is invalid'));
    expect(() => xlsxCell(sheet, 1, 0, 'Etc/UTC')).toThrow(
      new Error('Orders!A2: Infinity is not a finite number'),
    );
    expect(() => xlsxCell(sheet, 1, 1, 'Etc/UTC')).toThrow(
      new Error('Orders!B2: NaN is not a finite number'),
    );
    // Excel's limit is 32,767 characters a cell [support.microsoft.com, "Excel specifications and limits"].
    expect(xlsxCell(sheet, 2, 0, 'Etc/UTC')?.value).toHaveLength(32_767);
    expect(() => xlsxCell(sheet, 2, 1, 'Etc/UTC')).toThrow(
      new Error('Orders!B3: 32768 characters is more than the 32767 a cell can hold'),
    );
    expect(() => xlsxCell(sheet, 3, 0, 'Etc/UTC')).toThrow(
      new Error('Orders!A4: [object Object] is not a cell value'),
    );
  });

  it('checks the value of a formula cell as well', () => {
    const sheet = sheetOf([[Number.POSITIVE_INFINITY]], { '0:0': '=1/0' });
    expect(() => xlsxCell(sheet, 0, 0, 'Etc/UTC')).toThrow(
      new Error('Orders!A1: Infinity is not a finite number'),
    );
  });
});
