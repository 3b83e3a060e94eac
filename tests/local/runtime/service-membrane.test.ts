// Inside a script, the emulated services throw and return values of the script's own realm, as in Apps Script.
import { describe, expect, it } from 'vitest';
import { EmulatorEnvironment } from '../../../src/local/emulator/emulator-environment';
import { LocalRuntime } from '../../../src/local/runtime/local-runtime';
import { createScriptContext } from '../../../src/local/runtime/script-context';
import { ServiceMembrane } from '../../../src/local/runtime/service-membrane';

/** A plain Apps Script file, written for these tests. */
const SCRIPT = `
function caught(fn) {
  try { fn(); return 'no error'; } catch (e) {
    return [e instanceof Error, e.name, e.message, String(e), Object.getPrototypeOf(e) === Error.prototype];
  }
}
function rangeError() {
  return caught(function () { SpreadsheetApp.getActive().getSheets()[0].getRange(0, 1); });
}
function shapeError() {
  return caught(function () { SpreadsheetApp.getActive().getSheets()[0].getRange('A1:B2').setValues([[1, 2]]); });
}
function lockTimeout() {
  return caught(function () { LockService.getScriptLock().waitLock(10); });
}
function propertyTooBig() {
  var big = new Array(9 * 1024 + 2).join('x');
  return caught(function () { PropertiesService.getScriptProperties().setProperty('k', big); });
}
function timeLimitSeen() {
  var sheet = SpreadsheetApp.getActive().getSheets()[0];
  try { for (;;) sheet.getRange(1, 1).getValue(); }
  catch (e) { console.log(String(e instanceof Error) + ' ' + e.name + ' ' + e.message); }
  return 'carried on';
}
function typeErrorKept() {
  try { SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValues(null); }
  catch (e) { return [e instanceof Error, e.message]; }
}
function identity() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var first = ss.getSheets()[0];
  return [ss === SpreadsheetApp.getActive(), first === ss.getSheetByName('Sheet1'), ss.getSheets() instanceof Array,
    first.getRange('A1:B2').getValues() instanceof Array];
}
function objectsGoBack() {
  var ss = SpreadsheetApp.getActive();
  var copy = ss.getSheets()[0].copyTo(ss);
  ss.deleteSheet(copy);
  var trigger = ScriptApp.newTrigger('identity').timeBased().everyHours(1).create();
  var before = ScriptApp.getProjectTriggers().length;
  ScriptApp.deleteTrigger(trigger);
  return [ss.getSheets().length, before, ScriptApp.getProjectTriggers().length];
}
function enumsAndBytes() {
  var ui = SpreadsheetApp.getUi();
  var bytes = Utilities.newBlob('ab').getBytes();
  return [ui.Button.YES, ui.ButtonSet.YES_NO, bytes instanceof Array, bytes.join(','),
    Utilities.base64Encode(Utilities.newBlob('ab').getBytes())];
}
function mailWithAttachment() {
  MailApp.sendEmail('ada@example.com', 'Report', 'See attached', { attachments: [Utilities.newBlob('x', 'text/plain', 'a.txt')] });
  return MailApp.getRemainingDailyQuota();
}
`;

function setup() {
  const environment = new EmulatorEnvironment({ now: new Date('2026-01-15T12:00:00Z') });
  return { environment, runtime: new LocalRuntime(SCRIPT, environment) };
}

function run(name: string, limitMs?: number): unknown {
  const { value, error } = setup().runtime.run(name, [], { limitMs });
  if (error) throw error;
  return value;
}

describe('ServiceMembrane inside the local runtime', () => {
  it('a spreadsheet error caught by the script is an Error of its realm with the Apps Script message', () => {
    expect(run('rangeError')).toEqual([
      true,
      'Error',
      'The starting row of the range is too small.',
      'Error: The starting row of the range is too small.',
      true,
    ]);
    expect(run('shapeError')).toEqual([
      true,
      'Error',
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
      'Error: The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
      true,
    ]);
  });

  it('keeps the "Exception" name of lock and properties errors', () => {
    const { runtime, environment } = setup();
    // Another execution holds the script lock, so waitLock gives up.
    expect(environment.locks.acquire('script', 'other-execution', 0).acquired).toBe(true);
    const lock = runtime.run('lockTimeout').value as unknown[];
    expect(lock.slice(0, 3)).toEqual([
      true,
      'Exception',
      'Lock timeout: another process was holding the lock for too long.',
    ]);
    expect(lock[3]).toBe('Exception: Lock timeout: another process was holding the lock for too long.');
    const property = run('propertyTooBig') as unknown[];
    expect(property[0]).toBe(true);
    expect(property[1]).toBe('Exception');
  });

  it('the time limit reaches the script as an Error of its realm', () => {
    const { runtime } = setup();
    const { value, execution } = runtime.run('timeLimitSeen', [], { limitMs: 1000 });
    // What the script saw in its catch block, logged before the runtime ended the execution.
    expect(value).toBeUndefined();
    expect(execution.error?.message).toBe('Exceeded maximum execution time');
    expect(runtime.environment.logBook.entries.map((e) => e.message)).toEqual([
      'true Error Exceeded maximum execution time',
    ]);
    expect(execution.elapsedMs).toBeGreaterThanOrEqual(1000);
  });

  it('keeps the kind of a built-in error a service raised', () => {
    const [isError, message] = run('typeErrorKept') as [boolean, string];
    expect(isError).toBe(true);
    expect(message).toBe(
      "The parameters (null) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('gives the same object the same wrapper and hands arrays of the script realm', () => {
    expect(run('identity')).toEqual([true, true, true, true]);
  });

  it('hands the emulator its own objects back when the script passes them (deleteSheet, deleteTrigger)', () => {
    expect(run('objectsGoBack')).toEqual([1, 1, 0]);
  });

  it('reports frozen enums as they are and byte arrays as arrays of the script', () => {
    // @types/google-apps-script numbers the enums CLOSE, OK, CANCEL, YES, NO and OK, OK_CANCEL, YES_NO.
    expect(run('enumsAndBytes')).toEqual([3, 2, true, '97,98', 'YWI=']);
  });

  it('unwraps objects inside an options object (MailApp attachments)', () => {
    const { runtime, environment } = setup();
    const { value, error } = runtime.run('mailWithAttachment');
    expect(error).toBeUndefined();
    expect(value).toBe(99);
    expect(environment.mailbox.sent).toHaveLength(1);
    expect(environment.mailbox.sent[0].attachments).toBe(1);
  });
});

describe('ServiceMembrane on its own', () => {
  it('passes an error of the script realm through and converts a Node one', () => {
    const context = createScriptContext(() => 0);
    const membrane = new ServiceMembrane(context);
    const own = context.error('Exception', 'already the script');
    expect(membrane.scriptError(own)).toBe(own);
    const converted = membrane.scriptError(new RangeError('out of range')) as Error;
    expect(context.isError(converted)).toBe(true);
    expect(converted).not.toBeInstanceOf(Error);
    expect([converted.name, converted.message]).toEqual(['RangeError', 'out of range']);
    expect(membrane.scriptError('a string')).toBe('a string');
  });

  it('unwraps proxies anywhere in arrays and plain objects, copying only what changed', () => {
    const membrane = new ServiceMembrane(createScriptContext(() => 0));
    const service = { name: 'blob' };
    const proxy = membrane.wrap(service);
    expect(proxy).not.toBe(service);
    expect(membrane.wrap(service)).toBe(proxy);
    expect(membrane.unwrap(proxy)).toBe(service);
    const rows = [[1, 'a']];
    expect(membrane.unwrap(rows)).toBe(rows);
    const options = { attachments: [proxy], name: 'x' };
    const plain = membrane.unwrap(options) as { attachments: unknown[]; name: string };
    expect(plain).not.toBe(options);
    expect(plain.attachments[0]).toBe(service);
    expect(plain.name).toBe('x');
    expect(options.attachments[0]).toBe(proxy);
  });
});
