import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundleSession } from '../../../src/local/cli/bundle-session';
import { playClock } from '../../../src/local/cli/play-clock';
import type { TriggerRecord } from '../../../src/local/emulator/script-app';
import { emptyWorkbook } from '../../../src/local/emulator/workbook-data';
import { readWorkbookFile } from '../../../src/local/store/read-workbook';
import { writeWorkbook } from '../../../src/local/store/write-workbook';

// A script that stands in for the bundle: an hourly handler that mails and, on its first run,
// schedules a one-off continuation 30 minutes later, as a sender that ran out of time would.
const SCRIPT = `
function onTimer(e) {
  var user = PropertiesService.getUserProperties();
  user.setProperty('last', JSON.stringify(e));
  MailApp.sendEmail({ to: 'ana@example.com', subject: 'Hour ' + e.hour, body: 'b', htmlBody: '<p>b</p>', name: 'Shop' });
  if (!user.getProperty('chained')) {
    user.setProperty('chained', '1');
    ScriptApp.newTrigger('onOnce').timeBased().after(30 * 60 * 1000).create();
  }
}
function onOnce() { MailApp.sendEmail('ben@example.com', 'Continued', 'b'); }
function onBroken() { throw new Error('Sheet not found'); }
`;

let dir: string;
let bundle: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'session-state-'));
  bundle = join(dir, 'Code.js');
  writeFileSync(bundle, SCRIPT);
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Etc/UTC' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const START = new Date('2025-03-01T00:00:00Z');

function hourly(session: BundleSession, handler: string): TriggerRecord {
  return session.environment.triggers.add({
    handler,
    eventType: 'CLOCK',
    source: 'CLOCK',
    sourceId: null,
    createdAt: START.toISOString(),
    schedule: { everyHours: 1, timeZone: 'Etc/UTC' },
  });
}

describe('BundleSession and the workbook file', () => {
  it('fires a clock trigger as a trigger execution given its time-driven event, at its due time', () => {
    const session = new BundleSession(emptyWorkbook('Shop'), bundle, START);
    const trigger = hourly(session, 'onTimer');
    const run = session.fireTrigger(trigger, new Date('2025-03-01T01:00:00Z'));
    expect(run.error).toBeUndefined();
    expect(run.execution.kind).toBe('trigger');
    expect(run.execution.startedAt).toEqual(new Date('2025-03-01T01:00:00Z'));
    expect(JSON.parse(session.environment.properties.user.get('last')!)).toMatchObject({
      authMode: 'FULL',
      hour: 1,
      'day-of-month': 1,
      triggerUid: trigger.id,
      timezone: 'UTC',
    });
    expect(session.environment.mailbox.sent.map((m) => m.subject)).toEqual(['Hour 1']);
  });

  it('keeps the clock, the triggers, the user properties and the mail quota used across a save and a load', async () => {
    const session = new BundleSession(emptyWorkbook('Shop'), bundle, START);
    hourly(session, 'onTimer');
    session.environment.mailbox.dailyQuota = 1500;
    const played = playClock(session, START, new Date('2025-03-01T03:00:00Z'));
    expect(played.runs.map((r) => [r.at, r.handler])).toEqual([
      ['2025-03-01T01:00:00.000Z', 'onTimer'],
      // Created by the first run at 01:00 plus its execution time, due 30 minutes later.
      [expect.stringMatching(/^2025-03-01T01:30:0\d\.\d{3}Z$/), 'onOnce'],
      ['2025-03-01T02:00:00.000Z', 'onTimer'],
      ['2025-03-01T03:00:00.000Z', 'onTimer'],
    ]);
    expect(played.sent.map((m) => m.subject)).toEqual(['Hour 1', 'Continued', 'Hour 2', 'Hour 3']);
    // The one-off trigger is gone once it ran.
    expect(session.environment.triggers.triggers.map((t) => t.handler)).toEqual(['onTimer']);

    const path = join(dir, 'shop.xlsx');
    await writeWorkbook(path, session.environment.workbook, { properties: session.properties() });
    const file = await readWorkbookFile(path);
    expect(file.properties.emulator.clock).toBe('"2025-03-01T03:00:00.000Z"');

    // The wall clock given is ignored: the workbook plays its own.
    const later = new BundleSession(
      file.workbook,
      bundle,
      new Date('2030-01-01T00:00:00Z'),
      undefined,
      file.properties,
    );
    const environment = later.environment;
    expect(environment.now).toEqual(new Date('2025-03-01T03:00:00Z'));
    expect(environment.triggers.snapshot()).toEqual(session.environment.triggers.snapshot());
    expect(environment.properties.user.get('chained')).toBe('1');
    expect(environment.mailbox.dailyQuota).toBe(1500);
    // computed by hand: 4 recipients on 2025-03-01, 1,500 - 4 = 1,496
    expect(environment.mailbox.remainingDailyQuota(new Date('2025-03-01T23:00:00Z'))).toBe(1496);
    expect(environment.mailbox.remainingDailyQuota(new Date('2025-03-02T00:00:00Z'))).toBe(1500);

    const again = playClock(later, environment.now, new Date('2025-03-01T05:00:00Z'));
    expect(again.runs.map((r) => r.at)).toEqual(['2025-03-01T04:00:00.000Z', '2025-03-01T05:00:00.000Z']);
  });

  it('starts a workbook that never ticked at the wall clock given, and keeps no clock for it', () => {
    const session = new BundleSession(emptyWorkbook('Shop'), bundle, START, undefined, {
      document: { 'crm.customers.lastIssuedId': '3' },
      script: {},
      user: {},
      emulator: {},
    });
    expect(session.environment.now).toEqual(START);
    expect(session.environment.mailbox.dailyQuota).toBe(100);
    expect(session.properties().emulator).toEqual({ 'mail.dailyQuota': '100', 'mail.recipientsByDay': '{}' });
    expect(session.properties().document).toEqual({ 'crm.customers.lastIssuedId': '3' });
  });

  it('records a failing run and goes on playing the clock', () => {
    const session = new BundleSession(emptyWorkbook('Shop'), bundle, START);
    hourly(session, 'onBroken');
    const played = playClock(session, START, new Date('2025-03-01T02:00:00Z'));
    expect(played.runs.map((r) => r.error)).toEqual(['Sheet not found', 'Sheet not found']);
    expect(session.environment.now).toEqual(new Date('2025-03-01T02:00:00Z'));
  });

  it('fires nothing over an empty stretch and still sets the clock', () => {
    const session = new BundleSession(emptyWorkbook('Shop'), bundle, START);
    hourly(session, 'onTimer');
    const played = playClock(session, new Date('2025-03-01T01:00:00Z'), new Date('2025-03-01T01:00:00Z'));
    expect(played.runs).toEqual([]);
    expect(session.properties().emulator.clock).toBe('"2025-03-01T01:00:00.000Z"');
  });
});
