import { describe, expect, it } from 'vitest';
import { LOCAL_CALL_US, PER_CELL_US, ROUND_TRIP_US } from '../../../src/local/emulator/call-costs';
import { Execution, executionLimitMs } from '../../../src/local/emulator/execution';
import { createSpreadsheetApp } from '../../../src/local/emulator/spreadsheet-app';
import { emptyWorkbook, type WorkbookData } from '../../../src/local/emulator/workbook-data';

const START = new Date('2026-01-15T12:00:00Z');

function setup(kind: Execution['kind'] = 'editor', workbook: WorkbookData = emptyWorkbook()) {
  const execution = new Execution({ kind, workbook, start: START });
  const app = createSpreadsheetApp(workbook, execution);
  return { workbook, execution, app, sheet: app.getActive().getSheets()[0] };
}

describe('Execution: counting and the virtual clock', () => {
  it('counts calls per Service.method and per service, and charges their cost', () => {
    const { execution } = setup();
    execution.call('Range', 'getValues', 100);
    execution.call('Range', 'getValues', 100);
    execution.call('Sheet', 'getRange');
    expect(execution.calls.get('Range.getValues')).toBe(2);
    expect(execution.count('Range.getValues')).toBe(2);
    expect(execution.count('Range')).toBe(2);
    expect(execution.count('Sheet')).toBe(1);
    expect(execution.count('Mail')).toBe(0);
    // Setup made 2 calls (getActive, getSheets), counted under their own services.
    expect(execution.callsByService.get('Range')).toBe(2);
    // By hand: getActive 0.05 ms (local) + getSheets 7 ms + 2 * (7 + 100 * 0.01) ms + getRange 0.05 ms = 23.1 ms.
    expect(execution.elapsedMs).toBeCloseTo(0.05 + 7 + 2 * 8 + 0.05, 9);
    expect(execution.totalCalls).toBe(5);
  });

  it('now() is the start plus the elapsed virtual time; advance() moves it without a call', () => {
    const { execution } = setup();
    const before = execution.totalCalls;
    execution.advance(1500);
    expect(execution.totalCalls).toBe(before);
    // Setup spent 7.05 ms; floor(7.05 + 1500) = 1507 ms after the start.
    expect(execution.now().toISOString()).toBe('2026-01-15T12:00:01.507Z');
    expect(() => execution.advance(-1)).toThrow(RangeError);
  });

  it('throws "Exceeded maximum execution time" at the first call after 6 minutes', () => {
    const { execution, sheet } = setup();
    execution.advance(6 * 60 * 1000 - 8);
    // 7.05 ms spent in setup + 359,992 ms = 359,999.05 ms: still under the limit, the next call runs.
    sheet.getRange('A1').getValue();
    expect(execution.elapsedMs).toBeGreaterThanOrEqual(360_000);
    expect(execution.timedOut).toBe(false);
    expect(() => sheet.getRange('A1')).toThrow('Exceeded maximum execution time');
    expect(execution.timedOut).toBe(true);
    expect(() => execution.call('Range', 'getValue')).toThrow('Exceeded maximum execution time');
  });

  it('limits a custom function to 30 s', () => {
    const { execution, sheet } = setup('custom-function');
    expect(execution.limitMs).toBe(30_000);
    execution.advance(30_000);
    expect(() => sheet.getRange('A1')).toThrow('Exceeded maximum execution time');
  });

  it('limits a simple trigger to 30 s and other kinds to 6 minutes', () => {
    expect(setup('simple-trigger').execution.limitMs).toBe(30_000);
    for (const kind of ['editor', 'menu', 'sidebar', 'trigger', 'web-app'] as const) {
      expect(new Execution({ kind, workbook: emptyWorkbook(), start: START }).limitMs).toBe(360_000);
    }
    expect(executionLimitMs('custom-function')).toBe(30_000);
  });

  it('accepts its own limit and id', () => {
    const execution = new Execution({ kind: 'trigger', workbook: emptyWorkbook(), limitMs: 10, id: 'run-1' });
    expect(execution.id).toBe('run-1');
    execution.call('Range', 'getValues', 0);
    expect(execution.elapsedMs).toBe(7);
    execution.call('Range', 'getValues', 0);
    expect(() => execution.call('Range', 'getValues', 0)).toThrow('Exceeded maximum execution time');
  });

  it('gives distinct ids to executions', () => {
    const a = new Execution({ kind: 'editor', workbook: emptyWorkbook() });
    const b = new Execution({ kind: 'editor', workbook: emptyWorkbook() });
    expect(a.id).not.toBe(b.id);
  });
});

describe('Execution: batching is visible in counts and virtual time', () => {
  const ROWS = 10_000;

  function filled() {
    const s = setup();
    s.sheet.insertRowsAfter(1000, ROWS - 1000);
    return s;
  }

  it('reading and writing 10,000 rows in one batch costs exactly 2 spreadsheet data calls', () => {
    const { execution, sheet } = filled();
    const t0 = execution.elapsedMs;
    const before = execution.totalCalls;
    const values = sheet.getRange(1, 1, ROWS, 1).getValues();
    sheet.getRange(1, 1, ROWS, 1).setValues(values.map((_, i) => [i]));
    expect(execution.count('Range')).toBe(2);
    expect(execution.count('Range.getValues')).toBe(1);
    expect(execution.count('Range.setValues')).toBe(1);
    // Two getRange handles plus the two data calls.
    expect(execution.totalCalls - before).toBe(4);
    // By hand: 2 * 0.05 ms (getRange) + 2 * (7 + 10,000 * 0.01) ms = 214.1 ms.
    expect(execution.elapsedMs - t0).toBeCloseTo(214.1, 9);
  });

  it('cell by cell the same work costs 20,000 calls and about 70 s more virtual time', () => {
    const { execution, sheet } = filled();
    const t0 = execution.elapsedMs;
    for (let r = 1; r <= ROWS; r++) {
      const cell = sheet.getRange(r, 1);
      cell.setValue(cell.getValue() === '' ? r - 1 : 0);
    }
    expect(execution.count('Range')).toBe(20_000);
    expect(execution.count('Range.getValue')).toBe(10_000);
    expect(execution.count('Range.setValue')).toBe(10_000);
    // By hand: 10,000 * 0.05 (getRange) + 20,000 * (7 + 0.01) ms = 140,700 ms.
    expect(execution.elapsedMs - t0).toBeCloseTo(140_700, 6);
    expect(sheet.getRange(ROWS, 1).getValue()).toBe(ROWS - 1);
  });

  it('the cost table gives the documented figures', () => {
    expect(ROUND_TRIP_US).toBe(7000);
    expect(PER_CELL_US).toBe(10);
    expect(LOCAL_CALL_US).toBe(50);
  });
});

describe('Execution: injected faults', () => {
  it('runs an injected edit just before the chosen call takes effect', () => {
    const { execution, sheet, workbook } = setup();
    sheet.getRange('A1:B1').setValues([['Name', 'Email']]);
    execution.injectAt({ service: 'Range', method: 'getValues', occurrence: 2 }, (wb) => {
      wb.sheets[0].values[1] = ['Ada', 'ada@example.com'];
    });
    const first = sheet.getRange('A1:B2').getValues();
    expect(first).toEqual([
      ['Name', 'Email'],
      ['', ''],
    ]);
    const second = sheet.getRange('A1:B2').getValues();
    expect(second[1]).toEqual(['Ada', 'ada@example.com']);
    expect(workbook.sheets[0].values[1][0]).toBe('Ada');
  });

  it('an injected crash throws at the chosen call and the call has no effect', () => {
    const { execution, sheet } = setup();
    execution.crashAt(
      { service: 'Range', method: 'setValues', occurrence: 2 },
      'Service Spreadsheets failed',
    );
    sheet.getRange('A1').setValues([[1]]);
    expect(() => sheet.getRange('A2').setValues([[2]])).toThrow('Service Spreadsheets failed');
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[1], ['']]);
    expect(execution.count('Range.setValues')).toBe(2);
  });

  it('a crash without a message names the call', () => {
    const { execution, sheet } = setup();
    execution.crashAt({ service: 'Sheet', method: 'appendRow', occurrence: 1 });
    expect(() => sheet.appendRow(['x'])).toThrow('Injected crash at Sheet.appendRow #1');
  });

  it('rejects an occurrence that is not a positive integer', () => {
    const { execution } = setup();
    expect(() =>
      execution.injectAt({ service: 'Range', method: 'getValues', occurrence: 0 }, () => {}),
    ).toThrow(RangeError);
  });
});

describe('Execution: custom-function restrictions', () => {
  it('lets a custom function read the spreadsheet', () => {
    const workbook = emptyWorkbook();
    workbook.sheets[0].values = [[1, 2]];
    const { sheet } = setup('custom-function', workbook);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[1, 2]]);
    expect(sheet.getLastRow()).toBe(1);
  });

  it('makes writes throw "You do not have permission to call setValues" style errors and changes nothing', () => {
    const { sheet, workbook, app } = setup('custom-function');
    expect(() => sheet.getRange('A1').setValues([[1]])).toThrow(
      'You do not have permission to call setValues',
    );
    expect(() => sheet.getRange('A1').setValue(1)).toThrow('You do not have permission to call setValue');
    expect(() => sheet.getRange('A1').setFormula('=1')).toThrow(
      'You do not have permission to call setFormula',
    );
    expect(() => sheet.getRange('A1').clearContent()).toThrow(
      'You do not have permission to call clearContent',
    );
    expect(() => sheet.appendRow([1])).toThrow('You do not have permission to call appendRow');
    expect(() => app.getActive().insertSheet('X')).toThrow('You do not have permission to call insertSheet');
    expect(workbook.sheets[0].values).toEqual([]);
    expect(workbook.sheets).toHaveLength(1);
  });

  it('denies Ui, MailApp and ScriptApp with the full call in the message', () => {
    const { execution, app } = setup('custom-function');
    expect(() => app.getUi()).toThrow('You do not have permission to call SpreadsheetApp.getUi');
    expect(() => execution.call('MailApp', 'sendEmail')).toThrow(
      'You do not have permission to call MailApp.sendEmail',
    );
    expect(() => execution.call('ScriptApp', 'newTrigger')).toThrow(
      'You do not have permission to call ScriptApp.newTrigger',
    );
    expect(() => execution.call('Ui', 'alert')).toThrow('You do not have permission to call Ui.alert');
    expect(execution.count('MailApp')).toBe(0);
  });

  it('other kinds may write and use the Ui', () => {
    const { sheet, app } = setup('menu');
    sheet.getRange('A1').setValue(1);
    expect(app.getUi().createMenu('X')).toBeDefined();
  });
});
