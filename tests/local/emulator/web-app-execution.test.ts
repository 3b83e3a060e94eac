import { describe, expect, it } from 'vitest';
import { createAppsScriptGlobals } from '../../../src/local/emulator/apps-script-globals';
import { EmulatorEnvironment } from '../../../src/local/emulator/emulator-environment';

function globalsOf(kind: 'web-app' | 'trigger' | 'sidebar') {
  const environment = new EmulatorEnvironment({ now: new Date('2026-01-15T12:00:00Z') });
  const execution = environment.startExecution(kind);
  return { execution, g: createAppsScriptGlobals(environment, execution) };
}

describe('a web app execution has no active spreadsheet', () => {
  it('gets null from getActiveSpreadsheet, getActive and getDocumentLock, as Google documents', () => {
    const { g, execution } = globalsOf('web-app');
    expect(g.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(g.SpreadsheetApp.getActive()).toBeNull();
    expect(g.LockService.getDocumentLock()).toBeNull();
    expect(execution.count('SpreadsheetApp.getActiveSpreadsheet')).toBe(1);
  });

  it('still has the script lock, the script properties and ContentService', () => {
    const { g } = globalsOf('web-app');
    const lock = g.LockService.getScriptLock();
    expect(lock.tryLock(10)).toBe(true);
    lock.releaseLock();
    g.PropertiesService.getScriptProperties().setProperty('k', 'v');
    expect(g.PropertiesService.getScriptProperties().getProperty('k')).toBe('v');
    expect(g.ContentService.createTextOutput('ok').getContent()).toBe('ok');
  });

  it('leaves the spreadsheet and the document lock to bound executions', () => {
    for (const kind of ['trigger', 'sidebar'] as const) {
      const { g } = globalsOf(kind);
      expect(g.SpreadsheetApp.getActiveSpreadsheet()?.getName()).toBe('Untitled spreadsheet');
      expect(g.LockService.getDocumentLock()).not.toBeNull();
    }
  });
});
