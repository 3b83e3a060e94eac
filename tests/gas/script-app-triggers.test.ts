import { describe, expect, it } from 'vitest';
import { ScriptAppTriggers, TRIGGER_SCHEDULE_PREFIX } from '../../src/gas/script-app-triggers';
import { environment, inExecution } from './gas-globals';

describe('ScriptAppTriggers over the emulated ScriptApp', () => {
  it('installs a daily trigger at an hour in the given zone, lists and removes it', () => {
    const env = environment();
    inExecution(env, () => {
      const triggers = new ScriptAppTriggers();
      triggers.install('onNightlyRefresh', { kind: 'daily', hour: 3, timeZone: 'Europe/Lisbon' });
      triggers.install('other', { kind: 'daily', hour: 5, timeZone: 'Europe/Lisbon' });
      expect(triggers.list().map((t) => t.handler)).toEqual(['onNightlyRefresh', 'other']);
      expect(triggers.remove('onNightlyRefresh')).toBe(1);
      expect(triggers.remove('onNightlyRefresh')).toBe(0);
      expect(triggers.list()).toEqual([
        { handler: 'other', kind: 'daily', hour: 5, timeZone: 'Europe/Lisbon' },
      ]);
    });
    // What remains is "other": every day at 5:00 in the spreadsheet's zone.
    expect(env.triggers.triggers).toHaveLength(1);
    expect(env.triggers.triggers[0]).toMatchObject({ handler: 'other', eventType: 'CLOCK' });
    expect(env.triggers.triggers[0].schedule).toMatchObject({
      everyDays: 1,
      atHour: 5,
      timeZone: 'Europe/Lisbon',
    });
    // The removed trigger's schedule went with it.
    expect([...env.properties.user.keys()]).toEqual([
      `${TRIGGER_SCHEDULE_PREFIX}${env.triggers.triggers[0].id}`,
    ]);
  });

  it('installs hourly and form-submit triggers and lists each with its schedule', () => {
    const env = environment();
    inExecution(env, () => {
      const triggers = new ScriptAppTriggers();
      triggers.install('onHourly', { kind: 'hourly', everyHours: 4 });
      triggers.install('onFormAnswer', { kind: 'form-submit' });
      expect(triggers.list()).toEqual([
        { handler: 'onHourly', kind: 'hourly', everyHours: 4 },
        { handler: 'onFormAnswer', kind: 'form-submit' },
      ]);
    });
    const [hourly, form] = env.triggers.triggers;
    expect(hourly).toMatchObject({ handler: 'onHourly', eventType: 'CLOCK', source: 'CLOCK' });
    expect(hourly.schedule).toMatchObject({ everyHours: 4 });
    expect(form).toMatchObject({
      handler: 'onFormAnswer',
      eventType: 'ON_FORM_SUBMIT',
      source: 'SPREADSHEETS',
      sourceId: env.workbook.id,
    });
  });

  it('lists a trigger made by hand, or whose stored schedule was damaged, by its kind of event only', () => {
    const env = environment();
    inExecution(env, () => {
      ScriptApp.newTrigger('byHand').timeBased().everyMinutes(30).create();
      const triggers = new ScriptAppTriggers();
      triggers.install('edited', { kind: 'daily', hour: 7, timeZone: 'Etc/UTC' });
      triggers.install('onFormAnswer', { kind: 'form-submit' });
    });
    const [, edited, form] = env.triggers.triggers;
    env.properties.user.set(`${TRIGGER_SCHEDULE_PREFIX}${edited.id}`, '{"kind":"daily","hour":31');
    env.properties.user.set(`${TRIGGER_SCHEDULE_PREFIX}${form.id}`, '{"kind":"hourly","everyHours":2}');
    inExecution(env, () => {
      expect(new ScriptAppTriggers().list()).toEqual([
        { handler: 'byHand', kind: 'clock' },
        { handler: 'edited', kind: 'clock' },
        { handler: 'onFormAnswer', kind: 'other' },
      ]);
    });
  });
});
