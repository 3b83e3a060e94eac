import { describe, expect, it } from 'vitest';
import { createAppsScriptGlobals } from '../../../src/local/emulator/apps-script-globals';
import { EmulatorEnvironment } from '../../../src/local/emulator/emulator-environment';
import { simpleTriggerDenial } from '../../../src/local/emulator/simple-trigger-access';

function globalsOf(kind: 'simple-trigger' | 'menu') {
  const environment = new EmulatorEnvironment({ now: new Date('2026-01-15T12:00:00Z') });
  const execution = environment.startExecution(kind);
  return { environment, execution, g: createAppsScriptGlobals(environment, execution) };
}

describe('a simple trigger runs in AuthMode.LIMITED', () => {
  it('may not send mail, manage installable triggers or open a sidebar or dialog', () => {
    const { g, environment } = globalsOf('simple-trigger');
    expect(() => g.MailApp.sendEmail('a@example.com', 's', 'b')).toThrow(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(() => g.ScriptApp.newTrigger('nightly')).toThrow(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
    expect(() => g.ScriptApp.getProjectTriggers()).toThrow('ScriptApp.getProjectTriggers');
    const ui = g.SpreadsheetApp.getUi();
    expect(() => ui.showSidebar(g.HtmlService.createHtmlOutput('<p>x</p>'))).toThrow(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
    expect(() => ui.showModalDialog(g.HtmlService.createHtmlOutput('x'), 't')).toThrow('Ui.showModalDialog');
    expect(environment.mailbox.sent).toHaveLength(0);
  });

  it('may build its menu, read and write the bound spreadsheet and use properties and locks', () => {
    const { g, execution } = globalsOf('simple-trigger');
    g.SpreadsheetApp.getUi().createMenu('Solo CRM').addItem('Set up', 'menuSetUp').addToUi();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange('A1').setValue('opened');
    expect(sheet.getRange('A1').getValue()).toBe('opened');
    g.PropertiesService.getDocumentProperties().setProperty('k', 'v');
    expect(g.LockService.getDocumentLock()?.tryLock(10)).toBe(true);
    expect(execution.limitMs).toBe(30_000);
  });

  it('lets an editor-run or menu execution do what a simple trigger may not', () => {
    const { g } = globalsOf('menu');
    expect(() => g.ScriptApp.getProjectTriggers()).not.toThrow();
    expect(simpleTriggerDenial('Ui', 'alert')).toBeNull();
    expect(simpleTriggerDenial('GmailApp', 'sendEmail')).toBe(
      'You do not have permission to call GmailApp.sendEmail',
    );
  });
});
