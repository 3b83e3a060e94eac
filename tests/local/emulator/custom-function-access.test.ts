import { describe, expect, it } from 'vitest';
import { customFunctionDenial } from '../../../src/local/emulator/custom-function-access';

describe('customFunctionDenial', () => {
  it('allows reads and the services custom functions may use', () => {
    for (const [service, method] of [
      ['Range', 'getValues'],
      ['Sheet', 'getLastRow'],
      ['Spreadsheet', 'getSheetByName'],
      ['SpreadsheetApp', 'getActiveSpreadsheet'],
      ['Properties', 'getProperty'],
      ['Cache', 'get'],
      ['Utilities', 'formatDate'],
      ['Lock', 'tryLock'],
    ]) {
      expect(customFunctionDenial(service, method)).toBeNull();
    }
  });

  it('names the method alone for spreadsheet writes', () => {
    expect(customFunctionDenial('Range', 'setValues')).toBe('You do not have permission to call setValues');
    expect(customFunctionDenial('Sheet', 'appendRow')).toBe('You do not have permission to call appendRow');
    expect(customFunctionDenial('Spreadsheet', 'insertSheet')).toBe(
      'You do not have permission to call insertSheet',
    );
  });

  it('names the full call for services that need authorization and for the Ui', () => {
    expect(customFunctionDenial('MailApp', 'sendEmail')).toBe(
      'You do not have permission to call MailApp.sendEmail',
    );
    expect(customFunctionDenial('ScriptApp', 'getProjectTriggers')).toBe(
      'You do not have permission to call ScriptApp.getProjectTriggers',
    );
    expect(customFunctionDenial('SpreadsheetApp', 'getUi')).toBe(
      'You do not have permission to call SpreadsheetApp.getUi',
    );
    expect(customFunctionDenial('Menu', 'addToUi')).toBe('You do not have permission to call Menu.addToUi');
  });
});
