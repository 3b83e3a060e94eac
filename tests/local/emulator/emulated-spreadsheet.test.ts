import { describe, expect, it } from 'vitest';
import { Execution } from '../../../src/local/emulator/execution';
import { createSpreadsheetApp } from '../../../src/local/emulator/spreadsheet-app';
import { UiLog } from '../../../src/local/emulator/ui-log';
import { emptyWorkbook } from '../../../src/local/emulator/workbook-data';

function setup() {
  const workbook = emptyWorkbook('Solo CRM', 'Europe/Paris');
  const execution = new Execution({ kind: 'editor', workbook });
  const uiLog = new UiLog();
  const app = createSpreadsheetApp(workbook, execution, { uiLog });
  return { workbook, execution, uiLog, app, spreadsheet: app.getActive() };
}

describe('Spreadsheet', () => {
  it('gives id, name and time zone of the workbook', () => {
    const { spreadsheet } = setup();
    expect(spreadsheet.getId()).toBe('local-workbook');
    expect(spreadsheet.getName()).toBe('Solo CRM');
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/Paris');
  });

  it('getActive and getActiveSpreadsheet return the same object; sheets are stable objects', () => {
    const { app, spreadsheet } = setup();
    expect(app.getActiveSpreadsheet()).toBe(spreadsheet);
    expect(spreadsheet.getSheets()[0]).toBe(spreadsheet.getSheetByName('Sheet1'));
    expect(spreadsheet.getActiveSheet()).toBe(spreadsheet.getSheets()[0]);
    expect(spreadsheet.getSheetByName('Missing')).toBeNull();
  });

  it('insertSheet appends by default, inserts at a 0-based index, names new tabs SheetN', () => {
    const { spreadsheet } = setup();
    spreadsheet.insertSheet('Orders');
    spreadsheet.insertSheet('Customers', 0);
    const unnamed = spreadsheet.insertSheet();
    expect(unnamed.getName()).toBe('Sheet4');
    spreadsheet.insertSheet(1);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      'Customers',
      'Sheet5',
      'Sheet1',
      'Orders',
      'Sheet4',
    ]);
    expect(() => spreadsheet.insertSheet('orders')).toThrow(
      'A sheet with the name "orders" already exists. Please enter another name.',
    );
    const ids = spreadsheet.getSheets().map((s) => s.getSheetId());
    expect(new Set(ids).size).toBe(ids.length);
    expect(spreadsheet.getSheetByName('Orders')?.getMaxRows()).toBe(1000);
  });

  it('deleteSheet removes a tab but never the last visible one', () => {
    const { spreadsheet, workbook } = setup();
    const log = spreadsheet.insertSheet('Log');
    spreadsheet.deleteSheet(log);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(() => spreadsheet.deleteSheet(spreadsheet.getSheets()[0])).toThrow(
      "You can't remove all the visible sheets in a document.",
    );
  });

  it('records toasts with Apps Script defaults', () => {
    const { spreadsheet, uiLog } = setup();
    spreadsheet.toast('Refreshed 10 customers');
    spreadsheet.toast('Done', 'Solo CRM', 10);
    expect(uiLog.ofKind('toast')).toEqual([
      { kind: 'toast', message: 'Refreshed 10 customers', title: '', timeoutSeconds: 5 },
      { kind: 'toast', message: 'Done', title: 'Solo CRM', timeoutSeconds: 10 },
    ]);
  });

  it('getUi from the spreadsheet and from SpreadsheetApp is the same Ui', () => {
    const { app, spreadsheet } = setup();
    expect(spreadsheet.getUi()).toBe(app.getUi());
  });

  it('flush is counted as a call', () => {
    const { app, execution } = setup();
    app.flush();
    expect(execution.count('SpreadsheetApp.flush')).toBe(1);
  });
});
