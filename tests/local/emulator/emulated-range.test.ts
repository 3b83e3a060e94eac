import { describe, expect, it } from 'vitest';
import { Execution } from '../../../src/local/emulator/execution';
import { createSpreadsheetApp } from '../../../src/local/emulator/spreadsheet-app';
import { emptyWorkbook } from '../../../src/local/emulator/workbook-data';

function setup(timeZone = 'Etc/UTC') {
  const workbook = emptyWorkbook('CRM', timeZone);
  const execution = new Execution({ kind: 'editor', workbook, start: new Date('2026-01-15T12:00:00Z') });
  const app = createSpreadsheetApp(workbook, execution);
  const sheet = app.getActive().getSheetByName('Sheet1');
  if (!sheet) throw new Error('Sheet1 missing');
  return { workbook, execution, sheet, app };
}

describe('Range values: Google Sheets semantics', () => {
  it('round-trips numbers, booleans, strings, Dates and empty cells', () => {
    const { sheet } = setup();
    const when = new Date('2024-03-01T09:30:00Z');
    sheet.getRange('A1:E1').setValues([[42, true, 'text', when, '']]);
    const [row] = sheet.getRange('A1:E1').getValues();
    expect(row[0]).toBe(42);
    expect(row[1]).toBe(true);
    expect(row[2]).toBe('text');
    expect(row[3]).toBeInstanceOf(Date);
    expect((row[3] as Date).getTime()).toBe(when.getTime());
    expect(row[4]).toBe('');
  });

  it('returns "" for never-written cells, also beyond the stored rows and columns', () => {
    const { sheet } = setup();
    sheet.getRange('B2').setValue(1);
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      ['', '', ''],
      ['', 1, ''],
      ['', '', ''],
    ]);
  });

  it('stores null and undefined as ""', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([[null, undefined]]);
    sheet.getRange('C1').setValue(null);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', '', '']]);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('copies Dates on write and on read so nobody can mutate the store', () => {
    const { sheet } = setup();
    const when = new Date('2024-03-01T00:00:00Z');
    sheet.getRange('A1').setValue(when);
    when.setUTCFullYear(1999);
    const read = sheet.getRange('A1').getValue() as Date;
    expect(read.toISOString()).toBe('2024-03-01T00:00:00.000Z');
    read.setUTCFullYear(2000);
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2024-03-01T00:00:00.000Z');
  });

  it('does not keep a reference to the written rows', () => {
    const { sheet } = setup();
    const rows = [[1, 2]];
    sheet.getRange('A1:B1').setValues(rows);
    rows[0][0] = 99;
    const read = sheet.getRange('A1:B1').getValues();
    read[0][1] = 77;
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[1, 2]]);
  });

  it('stores a string starting with "=" as a formula whose value is "" until evaluated', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([[2, '=A1*2']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '=A1*2']]);
    expect(sheet.getRange('B1').getFormula()).toBe('=A1*2');
    expect(sheet.getRange('B1').getValue()).toBe('');
    // A formula cell counts as content.
    sheet.getRange('C5').setFormula('=NOW()');
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getLastColumn()).toBe(3);
  });

  it('keeps a string after a leading apostrophe as plain text, without the apostrophe', () => {
    // In Sheets the apostrophe only marks typed or written text as text; getValues never returns it.
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([["'=A1*2", "'+351 910", "'007"]]);
    sheet.getRange('D1').setValue("'x");
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['=A1*2', '+351 910', '007', 'x']]);
    expect(sheet.getRange('A1:D1').getFormulas()).toEqual([['', '', '', '']]);
  });

  it('getValues of a formula cell returns its last value', () => {
    const { sheet, workbook } = setup();
    sheet.getRange('A1').setFormula('=1+1');
    workbook.sheets[0].values[0][0] = 2; // what Sheets computed
    expect(sheet.getRange('A1').getValue()).toBe(2);
    expect(sheet.getRange('A1').getFormula()).toBe('=1+1');
  });

  it('writing a plain value over a formula removes the formula', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('=1');
    sheet.getRange('A1').setValue('plain');
    expect(sheet.getRange('A1').getFormula()).toBe('');
    expect(sheet.getRange('A1').getValue()).toBe('plain');
    sheet.getRange('A2').setFormulas([['=2']]);
    expect(sheet.getRange('A2').getFormulas()).toEqual([['=2']]);
  });

  it('keeps a lone "=" as text', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('=');
    expect(sheet.getRange('A1').getFormula()).toBe('');
    expect(sheet.getRange('A1').getValue()).toBe('=');
  });

  it('setValue writes every cell of a multi-cell range; getValue reads the top-left one', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue(7);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
    sheet.getRange('A1').setValue(1);
    expect(sheet.getRange('A1:B2').getValue()).toBe(1);
  });
});

describe('Range errors: Apps Script messages', () => {
  it('rejects data with the wrong number of rows', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B3').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
  });

  it('rejects data with the wrong number of columns', () => {
    const { sheet } = setup();
    expect(() =>
      sheet.getRange(1, 1, 2, 4).setValues([
        [1, 2, 3, 4, 5],
        [1, 2, 3, 4, 5],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  it('rejects a non-array', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').setValues('x' as unknown as unknown[][])).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('checks setFormulas and setNumberFormats shapes too', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:A2').setFormulas([['=1']])).toThrow(
      'The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange('A1:B1').setNumberFormats([['0']])).toThrow(
      'The data has 1 but the range has 2.',
    );
  });
});

describe('Range display values and number formats', () => {
  it('formats numbers by the cell format', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([[1234.5, 1234567.891, 0.256, 3]]);
    sheet.getRange('A1:D1').setNumberFormats([['0.00', '#,##0', '0%', '#,##0.00']]);
    // By hand: 1234.5 -> "1234.50"; 1234567.891 -> "1,234,568"; 0.256 -> 25.6% -> "26%"; 3 -> "3.00".
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['1234.50', '1,234,568', '26%', '3.00']]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1234.50');
    expect(sheet.getRange('A1:D1').getNumberFormats()).toEqual([['0.00', '#,##0', '0%', '#,##0.00']]);
  });

  it('formats dates in the spreadsheet time zone', () => {
    const { sheet } = setup('Europe/Paris');
    // 2024-01-05T23:30:00Z is 2024-01-06 00:30 in Paris (UTC+1 in winter).
    sheet.getRange('A1:B1').setValues([[new Date('2024-01-05T23:30:00Z'), new Date('2024-01-05T23:30:00Z')]]);
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd');
    sheet.getRange('B1').setNumberFormat('yyyy-mm-dd hh:mm');
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['2024-01-06', '2024-01-06 00:30']]);
  });

  it('shows booleans as TRUE/FALSE, text as is and a Date without format as M/d/yyyy H:mm:ss', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([[true, false, 'x', new Date('2026-01-15T08:05:09Z')]]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['TRUE', 'FALSE', 'x', '1/15/2026 8:05:09']]);
  });

  it("getNumberFormat: the own format, a Date cell's implied one, else the automatic one", () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([[1, new Date(0)]]);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
    expect(sheet.getRange('B1').getNumberFormat()).toBe('M/d/yyyy H:mm:ss');
    sheet.getRange('A1:A3').setNumberFormat('0.0');
    expect(sheet.getRange('A3').getNumberFormat()).toBe('0.0');
  });
});

describe('Range clearing and validation', () => {
  it('clearContent keeps formats; clear removes them', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').setValues([[1.5], ['=A1']]);
    sheet.getRange('A1:A2').setNumberFormat('0.00');
    sheet.getRange('A1:A2').clearContent();
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[''], ['']]);
    expect(sheet.getRange('A2').getFormula()).toBe('');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.00');
    sheet.getRange('A1').setValue(2);
    sheet.getRange('A1:A2').clear();
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
    expect(sheet.getLastRow()).toBe(0);
  });

  it('stores a data validation rule per cell and removes it with null', () => {
    const { sheet, workbook } = setup();
    const app = createSpreadsheetApp(workbook, new Execution({ kind: 'editor', workbook }));
    const rule = app.newDataValidation().requireValueInList(['new', 'won']).setAllowInvalid(false).build();
    sheet.getRange('B2:B3').setDataValidation(rule);
    expect(workbook.sheets[0].validations.get('2:1')).toEqual({
      kind: 'list',
      values: ['new', 'won'],
      allowInvalid: false,
    });
    expect(sheet.getRange('B3').getDataValidation()?.getCriteriaValues()).toEqual([['new', 'won'], true]);
    expect(sheet.getRange('B1').getDataValidation()).toBeNull();
    sheet.getRange('B2:B3').setDataValidation(null);
    expect(workbook.sheets[0].validations.size).toBe(0);
  });
});

describe('Range geometry', () => {
  it('reports its position, size and A1 notation', () => {
    const { sheet } = setup();
    const range = sheet.getRange(2, 3, 4, 5);
    expect(range.getRow()).toBe(2);
    expect(range.getColumn()).toBe(3);
    expect(range.getNumRows()).toBe(4);
    expect(range.getNumColumns()).toBe(5);
    expect(range.getLastRow()).toBe(5);
    expect(range.getLastColumn()).toBe(7);
    expect(range.getA1Notation()).toBe('C2:G5');
    expect(sheet.getRange('D7').getA1Notation()).toBe('D7');
    expect(range.getSheet()).toBe(sheet);
  });

  it('offset moves the range and may resize it; outside the grid it throws', () => {
    const { sheet } = setup();
    const range = sheet.getRange('B2:C3');
    expect(range.offset(1, 2).getA1Notation()).toBe('D3:E4');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(() => range.offset(-2, 0)).toThrow('The starting row of the range is too small.');
    expect(() => range.offset(998, 0)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('getCell picks a cell relative to the range', () => {
    const { sheet } = setup();
    expect(sheet.getRange('B2:C3').getCell(2, 1).getA1Notation()).toBe('B3');
    expect(() => sheet.getRange('B2:C3').getCell(3, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });
});

describe('Range writes read strings as Sheets does', () => {
  it('setValues, setValue and appendRow store "00042" as 42, "TRUE" as true, a date as a Date, "12%" as 0.12', () => {
    const { sheet, workbook } = setup('Asia/Tokyo');
    sheet.getRange('A1:E1').setValues([['00042', 'TRUE', '2024-01-05', '12%', 'Ana']]);
    sheet.getRange('A2').setValue('1,234.50');
    sheet.appendRow(['7', 'false', '1/5/2024 10:00']);
    expect(sheet.getRange('A1:E3').getValues()).toEqual([
      [42, true, new Date('2024-01-04T15:00:00Z'), 0.12, 'Ana'],
      [1234.5, '', '', '', ''],
      [7, false, new Date('2024-01-05T01:00:00Z'), '', ''],
    ]);
    // The reading gives an unformatted cell its format, as typing does.
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['42', 'TRUE', '2024-01-05', '12%']]);
    expect(workbook.sheets[0].values[0][0]).toBe(42);
  });

  it('keeps strings exactly in plain text ("@") cells and after an apostrophe, and keeps a set format', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setNumberFormat('@');
    sheet.getRange('A1:A3').setValues([['00042'], ['1234567890123456789'], ['TRUE']]);
    sheet.getRange('B1').setValue("'00042");
    sheet.getRange('C1').setNumberFormat('0.0');
    sheet.getRange('C1').setValue('12%');
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      ['00042', '00042', 0.12],
      ['1234567890123456789', '', ''],
      ['TRUE', '', ''],
    ]);
    expect(sheet.getRange('C1').getNumberFormat()).toBe('0.0');
  });

  it('stores numbers, booleans and Dates written as values unchanged, also in plain text cells', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setNumberFormat('@');
    const when = new Date('2024-03-01T09:30:00Z');
    sheet.getRange('A1:C1').setValues([[42, true, when]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[42, true, when]]);
  });
});

describe('Range.copyTo', () => {
  it('repeats formats or validation over a destination that is a multiple of the source', () => {
    const { app, execution, sheet } = setup();
    const source = sheet.getRange(2, 1, 1, 2);
    source.setNumberFormats([['0.00%', '@']]);
    sheet.getRange(2, 2).setDataValidation(app.newDataValidation().requireCheckbox().build());
    source.copyTo(sheet.getRange(3, 1, 4, 4), app.CopyPasteType.PASTE_FORMAT, false);
    expect(sheet.getRange(3, 1, 4, 4).getNumberFormats()).toEqual(
      Array.from({ length: 4 }, () => ['0.00%', '@', '0.00%', '@']),
    );
    // 3 rows are a multiple of 1 and are filled; 3 columns are not a multiple of 2: one copy across.
    source.copyTo(sheet.getRange(7, 1, 3, 3), app.CopyPasteType.PASTE_DATA_VALIDATION, false);
    for (const row of [7, 8, 9])
      expect(sheet.getRange(row, 2).getDataValidation()?.rule.kind).toBe('checkbox');
    expect(sheet.getRange(7, 1).getDataValidation()).toBeNull();
    expect(sheet.getRange(7, 3).getDataValidation()).toBeNull();
    expect(execution.count('Range.copyTo')).toBe(2);
  });

  it('says which paste kinds it does not model', () => {
    const { app, sheet } = setup();
    expect(() =>
      sheet.getRange(1, 1).copyTo(sheet.getRange(2, 1), app.CopyPasteType.PASTE_VALUES, false),
    ).toThrow('Range.copyTo with PASTE_VALUES is not modelled by the emulator.');
  });
});
