import { describe, expect, it } from 'vitest';
import { createScriptApp, TriggerRegistry } from '../../../src/local/emulator/script-app';
import { TestMeter } from './test-meter';

// Limit and message: developers.google.com/apps-script/guides/services/quotas (20 triggers per user per
// script); the text is the one Apps Script throws, as quoted in public execution logs. The schedules
// follow the emulator's documented stand-ins for Google's loosely timed runs (see TriggerRegistry).

const WEB_APP = 'https://script.google.com/macros/s/local/exec';
const iso = (runs: { at: Date }[]) => runs.map((r) => r.at.toISOString());

function setup(start = '2026-01-15T12:00:00Z', timeZone = 'Etc/UTC') {
  const meter = new TestMeter({ start: new Date(start) });
  const registry = new TriggerRegistry({ timeZone });
  return {
    meter,
    registry,
    app: createScriptApp(registry, meter, { webAppUrl: WEB_APP, scriptId: 'script-1' }),
  };
}

describe('createScriptApp triggers', () => {
  it('creates a clock trigger and lists it', () => {
    const { app } = setup();
    const trigger = app.newTrigger('refresh').timeBased().everyHours(6).create();
    const [listed] = app.getProjectTriggers();
    expect(listed.getHandlerFunction()).toBe('refresh');
    expect(listed.getUniqueId()).toBe(trigger.getUniqueId());
    expect(listed.getEventType()).toBe(app.EventType.CLOCK);
    expect(listed.getTriggerSource()).toBe(app.TriggerSource.CLOCK);
    expect(listed.getTriggerSourceId()).toBeNull();
  });

  it('creates spreadsheet triggers from a spreadsheet or its id', () => {
    const { app } = setup();
    app
      .newTrigger('onFormSubmit')
      .forSpreadsheet({ getId: () => 'sheet-1' })
      .onFormSubmit()
      .create();
    app.newTrigger('onOpenInstalled').forSpreadsheet('sheet-1').onOpen().create();
    app.newTrigger('onEditInstalled').forSpreadsheet('sheet-2').onEdit().create();
    const triggers = app.getProjectTriggers();
    expect(
      triggers.map((t) => [
        t.getHandlerFunction(),
        t.getEventType(),
        t.getTriggerSource(),
        t.getTriggerSourceId(),
      ]),
    ).toEqual([
      ['onFormSubmit', app.EventType.ON_FORM_SUBMIT, app.TriggerSource.SPREADSHEETS, 'sheet-1'],
      ['onOpenInstalled', app.EventType.ON_OPEN, app.TriggerSource.SPREADSHEETS, 'sheet-1'],
      ['onEditInstalled', app.EventType.ON_EDIT, app.TriggerSource.SPREADSHEETS, 'sheet-2'],
    ]);
    expect(app.getUserTriggers({ getId: () => 'sheet-1' })).toHaveLength(2);
    expect(() => app.newTrigger('x').forSpreadsheet('sheet-1').create()).toThrow();
  });

  it('deletes a trigger', () => {
    const { app } = setup();
    const keep = app.newTrigger('keep').timeBased().everyDays(1).create();
    const drop = app.newTrigger('drop').timeBased().everyDays(1).create();
    app.deleteTrigger(drop);
    expect(app.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([keep.getUniqueId()]);
  });

  it('refuses a 21st trigger', () => {
    const { app } = setup();
    for (let i = 0; i < 20; i++) app.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => app.newTrigger('f20').timeBased().everyHours(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    app.deleteTrigger(app.getProjectTriggers()[0]);
    app.newTrigger('f20').timeBased().everyHours(1).create();
    expect(app.getProjectTriggers()).toHaveLength(20);
  });

  it('rejects incomplete or contradictory schedules', () => {
    const { app } = setup();
    expect(() => app.newTrigger('f').timeBased().create()).toThrow();
    expect(() => app.newTrigger('f').timeBased().everyHours(1).everyDays(1).create()).toThrow();
    expect(() => app.newTrigger('f').timeBased().everyHours(2).atHour(5).create()).toThrow();
    expect(() => app.newTrigger('f').timeBased().everyMinutes(7)).toThrow();
    expect(() => app.newTrigger('f').timeBased().atHour(24)).toThrow();
  });

  it('persists across executions, keeping ids unique', () => {
    const { app, registry, meter } = setup();
    const first = app.newTrigger('a').timeBased().everyHours(1).create().getUniqueId();
    const restored = new TriggerRegistry({ timeZone: 'Etc/UTC', triggers: registry.snapshot() });
    const again = createScriptApp(restored, meter, { webAppUrl: WEB_APP });
    const second = again.newTrigger('b').timeBased().everyHours(1).create().getUniqueId();
    expect(again.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['a', 'b']);
    expect(second).not.toBe(first);
  });
});

describe('TriggerRegistry.dueTriggers', () => {
  it('runs everyHours(6) every six hours after creation', () => {
    const { app, registry } = setup();
    app.newTrigger('refresh').timeBased().everyHours(6).create();
    // computed by hand: created 12:00 → 18:00, 00:00, 06:00, 12:00 within (12:00, next day 12:00]
    expect(
      iso(registry.dueTriggers(new Date('2026-01-15T12:00:00Z'), new Date('2026-01-16T12:00:00Z'))),
    ).toEqual([
      '2026-01-15T18:00:00.000Z',
      '2026-01-16T00:00:00.000Z',
      '2026-01-16T06:00:00.000Z',
      '2026-01-16T12:00:00.000Z',
    ]);
  });

  it('keeps atHour(9) in New York at 09:00 local across the March DST change', () => {
    const { app, registry } = setup('2026-03-06T12:00:00Z');
    app.newTrigger('daily').timeBased().everyDays(1).atHour(9).inTimezone('America/New_York').create();
    // 09:00 EST = 14:00 UTC until 7 March; from 8 March 09:00 EDT = 13:00 UTC
    expect(
      iso(registry.dueTriggers(new Date('2026-03-06T12:00:00Z'), new Date('2026-03-09T23:00:00Z'))),
    ).toEqual([
      '2026-03-06T14:00:00.000Z',
      '2026-03-07T14:00:00.000Z',
      '2026-03-08T13:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
    ]);
  });

  it('aligns nearMinute to the wall clock of a half-hour zone', () => {
    const { app, registry } = setup();
    app.newTrigger('hourly').timeBased().everyHours(1).nearMinute(0).inTimezone('Asia/Kolkata').create();
    // created 12:00 UTC = 17:30 IST; the next :00 in Kolkata is 18:00 IST = 12:30 UTC
    expect(
      iso(registry.dueTriggers(new Date('2026-01-15T12:00:00Z'), new Date('2026-01-15T14:30:00Z'))),
    ).toEqual(['2026-01-15T12:30:00.000Z', '2026-01-15T13:30:00.000Z', '2026-01-15T14:30:00.000Z']);
  });

  it('jumps ahead to a window far from creation', () => {
    const { app, registry } = setup();
    app.newTrigger('everyOtherDay').timeBased().everyDays(2).atHour(8).create();
    // first run 16 Jan 08:00 (15 Jan 08:00 is before creation); 16 Jan + 30 days = 15 Feb, an even step
    expect(
      iso(registry.dueTriggers(new Date('2026-02-14T00:00:00Z'), new Date('2026-02-18T00:00:00Z'))),
    ).toEqual(['2026-02-15T08:00:00.000Z', '2026-02-17T08:00:00.000Z']);
  });

  it('handles minutes, one-off triggers, and orders runs by time then creation', () => {
    const { app, registry } = setup();
    app.newTrigger('quarter').timeBased().everyMinutes(15).create();
    app
      .newTrigger('once')
      .timeBased()
      .after(30 * 60_000)
      .create();
    app.newTrigger('at').timeBased().at(new Date('2026-01-15T12:20:00Z')).create();
    app.newTrigger('sheet').forSpreadsheet('s').onEdit().create();
    const runs = registry.dueTriggers(new Date('2026-01-15T12:00:00Z'), new Date('2026-01-15T12:30:00Z'));
    expect(runs.map((r) => [r.trigger.handler, r.at.toISOString()])).toEqual([
      ['quarter', '2026-01-15T12:15:00.000Z'],
      ['at', '2026-01-15T12:20:00.000Z'],
      ['quarter', '2026-01-15T12:30:00.000Z'],
      ['once', '2026-01-15T12:30:00.000Z'],
    ]);
    expect(registry.dueTriggers(new Date('2026-01-15T12:30:00Z'), new Date('2026-01-15T12:44:59Z'))).toEqual(
      [],
    );
  });
});

describe('createScriptApp service', () => {
  it('returns the web app URL and the script id, metering each call', () => {
    const { app, meter } = setup();
    expect(app.getService().getUrl()).toBe(WEB_APP);
    expect(app.getScriptId()).toBe('script-1');
    expect(meter.calls).toEqual(['ScriptApp.getService', 'Service.getUrl', 'ScriptApp.getScriptId']);
    expect(app.AuthMode.FULL).toBe('FULL');
  });
});
