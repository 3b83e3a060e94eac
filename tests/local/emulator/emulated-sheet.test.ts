import { describe, expect, it } from 'vitest';
import { Execution } from '../../../src/local/emulator/execution';
import { createSpreadsheetApp } from '../../../src/local/emulator/spreadsheet-app';
import { emptyWorkbook } from '../../../src/local/emulator/workbook-data';

function setup() {
  const workbook = emptyWorkbook('CRM');
  const execution = new Execution({ kind: 'editor', workbook });
  const app = createSpreadsheetApp(workbook, execution);
  const spreadsheet = app.getActiveSpreadsheet();
  return { workbook, execution, spreadsheet, sheet: spreadsheet.getSheets()[0] };
}

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

describe('Sheet.getRange', () => {
  it('accepts A1 notation: a cell, a rectangle, whole columns, whole rows, open below', () => {
    const { sheet } = setup();
    const a1 = (text: string) => {
      const r = sheet.getRange(text);
      return [r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()];
    };
    expect(a1('A1')).toEqual([1, 1, 1, 1]);
    expect(a1('A1:C10')).toEqual([1, 1, 10, 3]);
    expect(a1('$B$2:$C$3')).toEqual([2, 2, 2, 2]);
    // A new tab is 1000 x 26 (Google's default grid).
    expect(a1('A:C')).toEqual([1, 1, 1000, 3]);
    expect(a1('2:5')).toEqual([2, 1, 4, 26]);
    expect(a1('B3:D')).toEqual([3, 2, 998, 3]);
    expect(a1('Sheet1!B2')).toEqual([2, 2, 1, 1]);
  });

  it('accepts (row, column[, numRows[, numColumns]])', () => {
    const { sheet } = setup();
    expect(sheet.getRange(3, 2).getA1Notation()).toBe('B3');
    expect(sheet.getRange(3, 2, 4).getA1Notation()).toBe('B3:B6');
    expect(sheet.getRange(3, 2, 4, 2).getA1Notation()).toBe('B3:C6');
  });

  it('throws Apps Script messages for bad coordinates', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1001, 1)).toThrow(OUTSIDE);
    expect(() => sheet.getRange(1, 27)).toThrow(OUTSIDE);
    expect(() => sheet.getRange(999, 1, 3, 1)).toThrow(OUTSIDE);
    expect(() => sheet.getRange('A1001')).toThrow(OUTSIDE);
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
    expect(() => sheet.getRange('x' as unknown as number, 1)).toThrow(
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });
});

describe('Sheet contents', () => {
  it('getLastRow/getLastColumn/getDataRange follow the content, empty sheet gives 0 and A1', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C4').setValue('x');
    sheet.getRange('A2').setValue(1);
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    sheet.getRange('C4').clearContent();
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(1);
  });

  it('appendRow writes below the last row and grows the grid like Google', () => {
    const { sheet } = setup();
    sheet.appendRow(['Name', 'Email']);
    sheet.appendRow(['Ada', 'ada@example.com']);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['Name', 'Email'],
      ['Ada', 'ada@example.com'],
    ]);
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(new Array(30).fill(1));
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getRange(1001, 30).getValue()).toBe(1);
  });

  it('insertRowsAfter shifts rows, formulas and formats down and grows the grid', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], ['=A1'], [3]]);
    sheet.getRange('A3').setNumberFormat('0.00');
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([[1], [''], [''], [''], [3]]);
    expect(sheet.getRange('A4').getFormula()).toBe('=A1');
    expect(sheet.getRange('A5').getNumberFormat()).toBe('0.00');
    expect(() => sheet.insertRowsAfter(1003, 1)).toThrow(OUTSIDE);
  });

  it('insertColumnsAfter shifts columns right and grows the grid', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['a', '', '', 'b', 'c']]);
  });

  it('deleteRows removes rows, shrinks the grid and refuses to delete every unfrozen row', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A4').setValues([[1], [2], [3], ['=A1']]);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[1], ['']]);
    expect(sheet.getRange('A2').getFormula()).toBe('=A1');
    expect(sheet.getMaxRows()).toBe(998);
    expect(() => sheet.deleteRows(998, 2)).toThrow(OUTSIDE);
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 997)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });

  it('clear removes values and formats; clearContents keeps formats', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(1).setNumberFormat('0.0');
    sheet.clearContents();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.0');
    sheet.getRange('A1').setValue(1);
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
  });
});

describe('Sheet properties', () => {
  it('freezes rows', () => {
    const { sheet } = setup();
    expect(sheet.getFrozenRows()).toBe(0);
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
  });

  it('hides and shows, but never hides the last visible tab', () => {
    const { sheet, spreadsheet } = setup();
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    const other = spreadsheet.insertSheet('Log');
    other.hideSheet();
    expect(other.isSheetHidden()).toBe(true);
    other.showSheet();
    expect(other.isSheetHidden()).toBe(false);
  });

  it('names, ids, index and parent', () => {
    const { sheet, spreadsheet } = setup();
    expect(sheet.getName()).toBe('Sheet1');
    expect(sheet.getSheetId()).toBe(0);
    expect(sheet.getIndex()).toBe(1);
    expect(sheet.getParent()).toBe(spreadsheet);
    sheet.setName('Customers');
    expect(spreadsheet.getSheetByName('customers')).toBe(sheet);
    spreadsheet.insertSheet('Orders');
    expect(() => sheet.setName('ORDERS')).toThrow(
      'A sheet with the name "ORDERS" already exists. Please enter another name.',
    );
  });

  it('copyTo makes an independent "Copy of" tab', () => {
    const { sheet, spreadsheet, workbook } = setup();
    sheet.getRange('A1:B1').setValues([[new Date(0), '=1']]);
    const copy = sheet.copyTo(spreadsheet);
    expect(copy.getName()).toBe('Copy of Sheet1');
    expect(copy.getSheetId()).not.toBe(sheet.getSheetId());
    expect(copy.getRange('B1').getFormula()).toBe('=1');
    copy.getRange('A1').setValue('changed');
    expect(sheet.getRange('A1').getValue()).toEqual(new Date(0));
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Copy of Sheet1']);
    expect(sheet.copyTo(spreadsheet).getName()).toBe('Copy 2 of Sheet1');
  });
});
