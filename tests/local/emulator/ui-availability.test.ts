// Installable triggers and web apps have no spreadsheet Ui; menus, sidebars, simple triggers and the editor do.
import { describe, expect, it } from 'vitest';
import { Execution } from '../../../src/local/emulator/execution';
import type { ExecutionKind } from '../../../src/local/emulator/service-meter';
import { createSpreadsheetApp } from '../../../src/local/emulator/spreadsheet-app';
import { NO_UI_MESSAGE, uiUnavailable } from '../../../src/local/emulator/ui-availability';
import { UiLog } from '../../../src/local/emulator/ui-log';
import { emptyWorkbook } from '../../../src/local/emulator/workbook-data';

function setup(kind: ExecutionKind) {
  const workbook = emptyWorkbook();
  const execution = new Execution({ kind, workbook, start: new Date('2026-01-15T12:00:00Z') });
  const uiLog = new UiLog();
  return { execution, uiLog, app: createSpreadsheetApp(workbook, execution, { uiLog }) };
}

describe('uiUnavailable', () => {
  it('gives Apps Script message for getUi() in a trigger or a web app, and null elsewhere', () => {
    expect(NO_UI_MESSAGE).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
    for (const kind of ['trigger', 'web-app'] as const) {
      expect(uiUnavailable(kind, 'SpreadsheetApp', 'getUi')).toBe(NO_UI_MESSAGE);
      expect(uiUnavailable(kind, 'Spreadsheet', 'getUi')).toBe(NO_UI_MESSAGE);
      expect(uiUnavailable(kind, 'Range', 'getValues')).toBeNull();
      expect(uiUnavailable(kind, 'Spreadsheet', 'toast')).toBeNull();
    }
    for (const kind of ['editor', 'menu', 'sidebar', 'simple-trigger'] as const) {
      expect(uiUnavailable(kind, 'SpreadsheetApp', 'getUi')).toBeNull();
    }
  });
});

describe('getUi through the emulated SpreadsheetApp', () => {
  it('throws in a time-driven or form-submit trigger, without counting the call or recording anything', () => {
    const { app, execution, uiLog } = setup('trigger');
    expect(() => app.getUi()).toThrow(NO_UI_MESSAGE);
    expect(() => app.getActive().getUi()).toThrow(NO_UI_MESSAGE);
    expect(execution.count('SpreadsheetApp.getUi')).toBe(0);
    expect(execution.count('Spreadsheet.getUi')).toBe(0);
    expect(uiLog.events).toEqual([]);
  });

  it('throws in a web app request', () => {
    expect(() => setup('web-app').app.getUi()).toThrow(NO_UI_MESSAGE);
  });

  it('works from a menu, a sidebar call and onOpen, and records what they show', () => {
    for (const kind of ['menu', 'sidebar', 'simple-trigger'] as const) {
      const { app, uiLog, execution } = setup(kind);
      app.getUi().createMenu('CRM').addItem('Set up', 'menuSetUp').addToUi();
      expect(execution.count('SpreadsheetApp.getUi')).toBe(1);
      expect(uiLog.events).toEqual([
        {
          kind: 'menu',
          title: 'CRM',
          addon: false,
          entries: [{ kind: 'item', caption: 'Set up', functionName: 'menuSetUp' }],
        },
      ]);
    }
  });
});
