import { describe, expect, it } from 'vitest';
import { createAppsScriptGlobals } from '../../../src/local/emulator/apps-script-globals';
import { EmulatorEnvironment } from '../../../src/local/emulator/emulator-environment';

function setup(kind: Parameters<EmulatorEnvironment['startExecution']>[0] = 'editor') {
  const env = new EmulatorEnvironment({
    now: new Date('2026-01-15T12:00:00Z'),
    config: { userEmail: 'owner@example.com', scriptTimeZone: 'Europe/Paris' },
    files: { Sidebar: '<p>Solo CRM</p>' },
  });
  const execution = env.startExecution(kind);
  return { env, execution, globals: createAppsScriptGlobals(env, execution) };
}

describe('createAppsScriptGlobals', () => {
  it('provides every global a script sees', () => {
    const { globals } = setup();
    expect(Object.keys(globals).sort()).toEqual(
      [
        'CacheService',
        'ContentService',
        'HtmlService',
        'LockService',
        'Logger',
        'MailApp',
        'PropertiesService',
        'ScriptApp',
        'Session',
        'SpreadsheetApp',
        'Utilities',
        'console',
      ].sort(),
    );
  });

  it('meters every service through the execution and works on the environment stores', () => {
    const { env, execution, globals } = setup();
    globals.SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue('x');
    globals.PropertiesService.getDocumentProperties().setProperty('k', 'v');
    globals.MailApp.sendEmail('ada@example.com', 'Hi', 'Body');
    globals.Logger.log('hello');
    expect(env.workbook.sheets[0].values[0][0]).toBe('x');
    expect(env.properties.document.get('k')).toBe('v');
    expect(env.mailbox.sent).toHaveLength(1);
    expect(env.logBook.messages()).toContain('hello');
    expect(execution.count('Range.setValue')).toBe(1);
    expect(execution.count('Properties.setProperty')).toBe(1);
    expect(execution.count('MailApp.sendEmail')).toBe(1);
  });

  it('records the Ui in the environment log, shown from HtmlService output', () => {
    const { env, globals } = setup('menu');
    const html = globals.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Solo CRM');
    globals.SpreadsheetApp.getUi().showSidebar(html);
    expect(env.uiLog.ofKind('sidebar')).toEqual([
      { kind: 'sidebar', title: 'Solo CRM', html: '<p>Solo CRM</p>' },
    ]);
  });

  it('configures Session from the environment; web apps and custom functions run anonymously', () => {
    const editor = setup('editor').globals.Session;
    expect(editor.getEffectiveUser().getEmail()).toBe('owner@example.com');
    expect(editor.getActiveUser().getEmail()).toBe('owner@example.com');
    expect(editor.getScriptTimeZone()).toBe('Europe/Paris');
    expect(setup('web-app').globals.Session.getActiveUser().getEmail()).toBe('');
  });

  it('releases the locks of an execution when the environment finishes it', () => {
    const { env, execution, globals } = setup();
    const lock = globals.LockService.getDocumentLock();
    expect(lock?.tryLock(0)).toBe(true);
    expect(env.locks.isHeld('document')).toBe(true);
    env.finishExecution(execution);
    expect(env.locks.isHeld('document')).toBe(false);
  });

  it('denies MailApp to a custom function through the same execution', () => {
    const { globals } = setup('custom-function');
    expect(() => globals.MailApp.sendEmail('a@example.com', 's', 'b')).toThrow(
      'You do not have permission to call MailApp.sendEmail',
    );
  });
});
