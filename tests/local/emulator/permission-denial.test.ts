// permissionDenial and REQUIRED_SCOPE: the permission error Apps Script raises for a refused call, with its scope.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { permissionDenial, REQUIRED_SCOPE } from '../../../src/local/emulator/permission-denial';

const MANIFEST = JSON.parse(readFileSync(new URL('../../../appsscript.json', import.meta.url), 'utf8')) as {
  oauthScopes: string[];
};

describe('permissionDenial', () => {
  it('names the call and the scope it needs', () => {
    expect(permissionDenial('MailApp.sendEmail', REQUIRED_SCOPE.MailApp)).toBe(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(permissionDenial('ScriptApp.newTrigger', REQUIRED_SCOPE.ScriptApp)).toBe(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
  });

  it('leaves out the second sentence when no scope is named, or the scope is empty', () => {
    expect(permissionDenial('SpreadsheetApp.openById', undefined)).toBe(
      'You do not have permission to call SpreadsheetApp.openById',
    );
    expect(permissionDenial('UrlFetchApp.fetch', REQUIRED_SCOPE.UrlFetchApp)).toBe(
      'You do not have permission to call UrlFetchApp.fetch',
    );
    expect(permissionDenial('X.y', '')).toBe('You do not have permission to call X.y');
  });
});

describe('REQUIRED_SCOPE', () => {
  it('gives mail its send scope and every trigger class the scriptapp scope', () => {
    expect(REQUIRED_SCOPE).toEqual({
      MailApp: 'https://www.googleapis.com/auth/script.send_mail',
      ScriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
      Trigger: 'https://www.googleapis.com/auth/script.scriptapp',
      TriggerBuilder: 'https://www.googleapis.com/auth/script.scriptapp',
      ClockTriggerBuilder: 'https://www.googleapis.com/auth/script.scriptapp',
      SpreadsheetTriggerBuilder: 'https://www.googleapis.com/auth/script.scriptapp',
    });
  });

  it("names only scopes the project's manifest asks for", () => {
    for (const scope of Object.values(REQUIRED_SCOPE)) expect(MANIFEST.oauthScopes).toContain(scope);
  });
});
