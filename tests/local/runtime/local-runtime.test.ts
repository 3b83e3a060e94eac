import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmulatorEnvironment } from '../../../src/local/emulator/emulator-environment';
import { LocalRuntime } from '../../../src/local/runtime/local-runtime';

/** A plain Apps Script file, written for these tests. */
const SCRIPT = `
var loads = 0;
loads++;

function nodeGlobals() {
  return {
    process: typeof process, require: typeof require, Buffer: typeof Buffer, module: typeof module,
    setTimeout: typeof setTimeout, setInterval: typeof setInterval, fetch: typeof fetch,
    globalRequire: typeof globalThis.require,
    SpreadsheetApp: typeof SpreadsheetApp, PropertiesService: typeof PropertiesService,
    CacheService: typeof CacheService, LockService: typeof LockService, MailApp: typeof MailApp,
    ScriptApp: typeof ScriptApp, HtmlService: typeof HtmlService, Session: typeof Session,
    Utilities: typeof Utilities, Logger: typeof Logger, console: typeof console,
    JSON: typeof JSON, Math: typeof Math
  };
}

function add(a, b) { return a + b; }
function onOpen(e) { return [e.authMode, e.source.getName()]; }
function countLoads() { return loads; }
function remember(value) { PropertiesService.getScriptProperties().setProperty('v', value); }
function recall() { return PropertiesService.getScriptProperties().getProperty('v'); }

function realmChecks(rows, when) {
  var values = SpreadsheetApp.getActive().getSheets()[0].getRange('A1:B1').getValues();
  return [
    Array.isArray(rows), rows instanceof Array, when instanceof Date,
    Array.isArray(values), values instanceof Array, values[0] instanceof Array, values[0][1] instanceof Date,
    typeof values[0][1].getTime
  ];
}

function clock() { return [new Date().toISOString(), Date.now(), typeof Date(), new Date(0).toISOString()]; }

function writeAndRead() {
  var sheet = SpreadsheetApp.getActive().getSheets()[0];
  sheet.getRange('A1:B2').setValues([[1, new Date(Date.UTC(2024, 0, 5))], ['=A1', null]]);
  return sheet.getRange('A1:B2').getValues();
}

function fail() { throw new Error('Customer C-9 not found'); }
function failWithString() { throw 'plain string'; }
function callService() { SpreadsheetApp.getActive().getSheets()[0].getRange(0, 1); }

function sidebarEcho(payload) { return { got: payload, when: new Date(0).toISOString() }; }
function sidebarDate() { return { at: new Date(0) }; }
function sidebarFunction() { return function () {}; }
function secret_() { return 'hidden'; }

function CRM_DOUBLE(range) {
  return range.map(function (row) { return row.map(function (v) { return v * 2; }); });
}
function CRM_WRITE() { SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue(1); }
function CRM_MAIL() { MailApp.sendEmail('a@example.com', 's', 'b'); }

function slow() {
  var sheet = SpreadsheetApp.getActive().getSheets()[0];
  for (var i = 0; i < 100000; i++) sheet.getRange(1, 1).getValue();
}

function swallowTimeout() {
  var sheet = SpreadsheetApp.getActive().getSheets()[0];
  try { for (;;) sheet.getRange(1, 1).getValue(); } catch (e) { return 'finished anyway'; }
}

function batched() {
  var sheet = SpreadsheetApp.getActive().getSheets()[0];
  var values = sheet.getRange(1, 1, 1000, 1).getValues();
  sheet.getRange(1, 1, 1000, 1).setValues(values.map(function (r, i) { return [i]; }));
  return sheet.getLastRow();
}
`;

function setup() {
  const environment = new EmulatorEnvironment({ now: new Date('2026-01-15T12:00:00Z') });
  return { environment, runtime: new LocalRuntime(SCRIPT, environment) };
}

describe('LocalRuntime: loading as Apps Script does', () => {
  it('exposes the emulator services and built-ins but no Node globals', () => {
    const { runtime } = setup();
    const { value, error } = runtime.run('nodeGlobals');
    expect(error).toBeUndefined();
    expect(value).toEqual({
      process: 'undefined',
      require: 'undefined',
      Buffer: 'undefined',
      module: 'undefined',
      setTimeout: 'undefined',
      setInterval: 'undefined',
      fetch: 'undefined',
      globalRequire: 'undefined',
      SpreadsheetApp: 'object',
      PropertiesService: 'object',
      CacheService: 'object',
      LockService: 'object',
      MailApp: 'object',
      ScriptApp: 'object',
      HtmlService: 'object',
      Session: 'object',
      Utilities: 'object',
      Logger: 'object',
      console: 'object',
      JSON: 'object',
      Math: 'object',
    });
  });

  it('calls a global function by name with arguments', () => {
    const { runtime } = setup();
    expect(runtime.run('add', [2, 3]).value).toBe(5);
  });

  it('builds arguments from the execution globals when given a function (trigger events)', () => {
    const { runtime } = setup();
    const { value, execution } = runtime.run(
      'onOpen',
      (globals) => [{ authMode: 'LIMITED', source: globals.SpreadsheetApp.getActiveSpreadsheet() }],
      { kind: 'simple-trigger' },
    );
    expect(value).toEqual(['LIMITED', 'Untitled spreadsheet']);
    expect(execution.limitMs).toBe(30_000);
  });

  it('hands a simple trigger run without arguments its event: AuthMode.LIMITED and the spreadsheet', () => {
    const { runtime } = setup();
    const { value, execution, error } = runtime.run('onOpen', [], { kind: 'simple-trigger' });
    expect(error).toBeUndefined();
    expect(value).toEqual(['LIMITED', 'Untitled spreadsheet']);
    // Apps Script builds the event itself: the script made no call for it.
    expect(execution.count('SpreadsheetApp')).toBe(0);
  });

  it('runs a simple trigger without the services that need authorization', () => {
    const { runtime, environment } = setup();
    const { error } = runtime.run('CRM_MAIL', [], { kind: 'simple-trigger' });
    expect(error?.message).toBe(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(environment.mailbox.sent).toHaveLength(0);
  });

  it('loads the file afresh for every execution: top-level state does not survive', () => {
    const { runtime } = setup();
    expect(runtime.run('countLoads').value).toBe(1);
    expect(runtime.run('countLoads').value).toBe(1);
  });

  it('keeps what the environment persists (properties) across executions', () => {
    const { runtime } = setup();
    runtime.run('remember', ['42']);
    expect(runtime.run('recall').value).toBe('42');
  });

  it('fails like Apps Script for a missing function', () => {
    const { runtime } = setup();
    const { error, value } = runtime.run('doesNotExist');
    expect(value).toBeUndefined();
    expect(error?.message).toBe('Script function not found: doesNotExist');
  });

  it('loads a file from disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'runtime-'));
    const path = join(dir, 'Code.js');
    writeFileSync(path, 'function hello(name) { return "Hello " + name; }');
    const runtime = LocalRuntime.fromFile(path, new EmulatorEnvironment());
    expect(runtime.run('hello', ['Ada']).value).toBe('Hello Ada');
  });
});

describe('LocalRuntime: values across realms', () => {
  it('hands the script arrays and Dates of its own realm, from arguments and from services', () => {
    const { runtime, environment } = setup();
    environment.workbook.sheets[0].values = [['x', new Date('2024-01-05T00:00:00Z')]];
    const { value, error } = runtime.run('realmChecks', [[[1]], new Date(0)]);
    expect(error).toBeUndefined();
    expect(value).toEqual([true, true, true, true, true, true, true, 'function']);
  });

  it('returns values in Node realm with Apps Script value semantics', () => {
    const { runtime, environment } = setup();
    const { value } = runtime.run('writeAndRead');
    expect(value).toEqual([
      [1, new Date('2024-01-05T00:00:00Z')],
      ['', ''],
    ]);
    expect((value as unknown[][])[0][1]).toBeInstanceOf(Date);
    expect(environment.workbook.sheets[0].formulas.get('1:0')).toBe('=A1');
  });
});

describe('LocalRuntime: executions', () => {
  it('runs on the virtual clock: new Date() and Date.now() are the execution time', () => {
    const { runtime } = setup();
    const { value } = runtime.run('clock');
    expect(value).toEqual([
      '2026-01-15T12:00:00.000Z',
      Date.parse('2026-01-15T12:00:00Z'),
      'string',
      '1970-01-01T00:00:00.000Z',
    ]);
  });

  it('consecutive executions follow each other in virtual time', () => {
    const { runtime } = setup();
    const first = runtime.run('batched');
    const second = runtime.run('clock');
    expect(first.execution.elapsedMs).toBeGreaterThan(0);
    const started = Date.parse((second.value as string[])[0]);
    expect(started).toBe(first.execution.now().getTime());
  });

  it('returns counts and virtual time of the execution', () => {
    const { runtime } = setup();
    const { value, execution } = runtime.run('batched', [], { kind: 'menu' });
    expect(value).toBe(1000);
    expect(execution.kind).toBe('menu');
    expect(execution.count('Range.getValues')).toBe(1);
    expect(execution.count('Range.setValues')).toBe(1);
  });

  it('keeps the message of what the script threw', () => {
    const { runtime } = setup();
    const thrown = runtime.run('fail');
    expect(thrown.error).toBeInstanceOf(Error);
    expect(thrown.error?.message).toBe('Customer C-9 not found');
    expect(thrown.execution.error).toBe(thrown.error);
    expect(runtime.run('failWithString').error?.message).toBe('plain string');
    expect(runtime.run('callService').error?.message).toBe('The starting row of the range is too small.');
  });

  it('stops a script past 6 minutes with "Exceeded maximum execution time"', () => {
    const { runtime } = setup();
    const { error, execution } = runtime.run('slow', [], { kind: 'trigger' });
    expect(error?.message).toBe('Exceeded maximum execution time');
    // Each iteration costs 0.05 ms (getRange) + 7.01 ms (getValue): about 51,000 iterations fit in 360 s.
    expect(execution.count('Range.getValue')).toBeLessThan(100_000);
    expect(execution.elapsedMs).toBeGreaterThanOrEqual(360_000);
  });

  it('reports the time limit even when the script catches it: Apps Script ends the execution there', () => {
    const { runtime } = setup();
    const { value, error, execution } = runtime.run('swallowTimeout', [], { limitMs: 100 });
    expect(value).toBeUndefined();
    expect(error?.message).toBe('Exceeded maximum execution time');
    expect(execution.timedOut).toBe(true);
  });

  it('lets a test inject a fault before the script starts', () => {
    const { runtime, environment } = setup();
    const { error } = runtime.run('batched', [], {
      prepare: (execution) =>
        execution.crashAt({ service: 'Range', method: 'setValues', occurrence: 1 }, 'Service unavailable'),
    });
    expect(error?.message).toBe('Service unavailable');
    expect(environment.workbook.sheets[0].values).toEqual([]);
  });
});

describe('LocalRuntime: google.script.run (sidebar) rules', () => {
  it('passes JSON-like values both ways', () => {
    const { runtime } = setup();
    const { value, error } = runtime.run('sidebarEcho', [{ segment: 'VIP', ids: [1, 2] }], {
      kind: 'sidebar',
    });
    expect(error).toBeUndefined();
    expect(value).toEqual({ got: { segment: 'VIP', ids: [1, 2] }, when: '1970-01-01T00:00:00.000Z' });
  });

  it('fails when a Date or a function crosses', () => {
    const { runtime } = setup();
    expect(runtime.run('sidebarEcho', [{ at: new Date(0) }], { kind: 'sidebar' }).error?.message).toBe(
      'Illegal value in argument 1.at: a Date cannot cross google.script.run (send an ISO string)',
    );
    expect(runtime.run('sidebarDate', [], { kind: 'sidebar' }).error?.message).toBe(
      'Illegal value in the return value.at: a Date cannot cross google.script.run (send an ISO string)',
    );
    expect(runtime.run('sidebarFunction', [], { kind: 'sidebar' }).error?.message).toBe(
      'Illegal value in the return value: a function cannot cross google.script.run',
    );
  });

  it('hides private functions (ending in _) from google.script.run only', () => {
    const { runtime } = setup();
    expect(runtime.run('secret_', [], { kind: 'sidebar' }).error?.message).toBe(
      'Script function not found: secret_',
    );
    expect(runtime.run('secret_').value).toBe('hidden');
  });
});

describe('LocalRuntime: custom functions', () => {
  it('runs a custom function on a 2-D range', () => {
    const { runtime } = setup();
    const { value, execution } = runtime.runCustomFunction('CRM_DOUBLE', [
      [1, 2],
      [3, 4],
    ]);
    expect(value).toEqual([
      [2, 4],
      [6, 8],
    ]);
    expect(execution.kind).toBe('custom-function');
    expect(execution.limitMs).toBe(30_000);
  });

  it('forbids writes and MailApp with Apps Script messages', () => {
    const { runtime, environment } = setup();
    expect(runtime.runCustomFunction('CRM_WRITE').error?.message).toBe(
      'You do not have permission to call setValue',
    );
    expect(runtime.runCustomFunction('CRM_MAIL').error?.message).toBe(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(environment.workbook.sheets[0].values).toEqual([]);
    expect(environment.mailbox.sent).toEqual([]);
  });
});
