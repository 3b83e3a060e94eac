import { describe, expect, it } from 'vitest';
import { customFunctionDenial } from '../../../src/local/emulator/custom-function-access';
import { EmulatedRange } from '../../../src/local/emulator/emulated-range';
import { EmulatedSheet } from '../../../src/local/emulator/emulated-sheet';
import { EmulatedSpreadsheet } from '../../../src/local/emulator/emulated-spreadsheet';

/** Public methods of an emulated class whose name says they change the document. */
function writeMethods(prototype: object): string[] {
  return Object.getOwnPropertyNames(prototype).filter((name) =>
    /^(set|insert|delete|clear|append|hide|show|copy)([A-Z]|$)/.test(name),
  );
}

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

  it('denies every method of the emulated spreadsheet that changes the document, so new ones cannot slip through', () => {
    const services: Array<[string, object]> = [
      ['Range', EmulatedRange.prototype],
      ['Sheet', EmulatedSheet.prototype],
      ['Spreadsheet', EmulatedSpreadsheet.prototype],
    ];
    const checked: string[] = [];
    for (const [service, prototype] of services) {
      for (const method of writeMethods(prototype)) {
        checked.push(`${service}.${method}`);
        expect(customFunctionDenial(service, method), `${service}.${method}`).toBe(
          `You do not have permission to call ${method}`,
        );
      }
    }
    // The scan found the writes it is there for.
    expect(checked).toEqual(
      expect.arrayContaining([
        'Range.setValues',
        'Sheet.appendRow',
        'Sheet.deleteRows',
        'Spreadsheet.insertSheet',
      ]),
    );
  });

  it('names the full call for services that need authorization and for the Ui', () => {
    expect(customFunctionDenial('MailApp', 'sendEmail')).toBe(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(customFunctionDenial('ScriptApp', 'getProjectTriggers')).toBe(
      'You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
    expect(customFunctionDenial('ClockTriggerBuilder', 'create')).toBe(
      'You do not have permission to call ClockTriggerBuilder.create. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
    expect(customFunctionDenial('SpreadsheetApp', 'getUi')).toBe(
      'You do not have permission to call SpreadsheetApp.getUi',
    );
    expect(customFunctionDenial('Menu', 'addToUi')).toBe('You do not have permission to call Menu.addToUi');
  });

  it("lets a custom function read the spreadsheet's time zone, which it needs to date purchases", () => {
    expect(customFunctionDenial('SpreadsheetApp', 'getActiveSpreadsheet')).toBeNull();
    expect(customFunctionDenial('Spreadsheet', 'getSpreadsheetTimeZone')).toBeNull();
    expect(customFunctionDenial('Session', 'getScriptTimeZone')).toBeNull();
  });
});
