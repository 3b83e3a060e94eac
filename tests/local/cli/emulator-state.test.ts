import { describe, expect, it } from 'vitest';
import {
  type EmulatorState,
  emulatorStore,
  initialEmulatorState,
  MAIL_DAYS_KEPT,
  readEmulatorState,
} from '../../../src/local/cli/emulator-state';

const STATE: EmulatorState = {
  clock: new Date('2025-03-08T00:00:00Z'),
  triggers: [
    {
      id: '1000001',
      handler: 'onFollowUpsTimer',
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      createdAt: '2025-03-01T00:00:00.120Z',
      schedule: { everyHours: 1, timeZone: 'Europe/Lisbon' },
    },
    {
      id: '1000002',
      handler: 'onFormSubmit',
      eventType: 'ON_FORM_SUBMIT',
      source: 'SPREADSHEETS',
      sourceId: 'sheet-1',
      createdAt: '2025-03-01T00:00:00.240Z',
    },
    {
      id: '1000003',
      handler: 'continueSending',
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      createdAt: '2025-03-07T10:00:00.000Z',
      schedule: { at: '2025-03-09T10:00:00.000Z', timeZone: 'Etc/UTC' },
    },
  ],
  mailDailyQuota: 1500,
  mailRecipientsByDay: { '2025-03-06': 1500, '2025-03-07': 20 },
};

describe('the emulator state a workbook carries', () => {
  it('round-trips through its rows, one JSON value per key', () => {
    const store = emulatorStore(STATE);
    expect(store).toEqual({
      clock: '"2025-03-08T00:00:00.000Z"',
      'mail.dailyQuota': '1500',
      'mail.recipientsByDay': '{"2025-03-06":1500,"2025-03-07":20}',
      'trigger.1000001': JSON.stringify(STATE.triggers[0]),
      'trigger.1000002': JSON.stringify(STATE.triggers[1]),
      'trigger.1000003': JSON.stringify(STATE.triggers[2]),
    });
    for (const value of Object.values(store)) expect(() => JSON.parse(value)).not.toThrow();
    expect(readEmulatorState(Object.freeze(store))).toEqual(STATE);
  });

  it('reads no rows as a workbook that never ticked: wall clock, no triggers, consumer quota of 100', () => {
    expect(readEmulatorState({})).toEqual({
      clock: null,
      triggers: [],
      mailDailyQuota: 100,
      mailRecipientsByDay: {},
    });
    expect(emulatorStore(initialEmulatorState())).toEqual({
      'mail.dailyQuota': '100',
      'mail.recipientsByDay': '{}',
    });
  });

  it(`keeps the mail use of the ${MAIL_DAYS_KEPT} most recent days only`, () => {
    const days: Record<string, number> = {};
    for (let d = 1; d <= 40; d++) days[new Date(Date.UTC(2025, 0, d)).toISOString().slice(0, 10)] = d;
    const kept = readEmulatorState(
      emulatorStore({ ...STATE, mailRecipientsByDay: days }),
    ).mailRecipientsByDay;
    expect(Object.keys(kept)).toHaveLength(31);
    // Days 10 to 40 (2025-01-10 to 2025-02-09) stay.
    expect(Object.keys(kept)[0]).toBe('2025-01-10');
    expect(kept['2025-02-09']).toBe(40);
  });

  it('ignores keys it does not know', () => {
    expect(readEmulatorState({ 'later.feature': '{"x":1}' })).toEqual(initialEmulatorState());
  });

  it('refuses a row it cannot read, naming it, rather than losing a trigger or the quota used', () => {
    expect(() => readEmulatorState({ clock: 'yesterday' })).toThrow(
      'The workbook\'s "Solo CRM data" tab has an unreadable emulator row "clock" (not JSON)',
    );
    expect(() => readEmulatorState({ clock: '"not a date"' })).toThrow('"clock" (not an instant)');
    expect(() => readEmulatorState({ 'mail.dailyQuota': '-1' })).toThrow('(not a whole number)');
    expect(() => readEmulatorState({ 'mail.recipientsByDay': '{"March":3}' })).toThrow(
      '"March" is not a day with a count',
    );
    const trigger = (change: object) => JSON.stringify({ ...STATE.triggers[0], ...change });
    expect(() => readEmulatorState({ 'trigger.1000001': trigger({ id: '9' }) })).toThrow(
      '"trigger.1000001" (its id is not the one of its key)',
    );
    expect(() => readEmulatorState({ 'trigger.1000001': trigger({ handler: '' }) })).toThrow('(no handler)');
    expect(() => readEmulatorState({ 'trigger.1000001': trigger({ eventType: 'HOURLY' }) })).toThrow(
      '(unknown event type)',
    );
    expect(() =>
      readEmulatorState({ 'trigger.1000001': trigger({ schedule: { everyHours: 1.5, timeZone: 'UTC' } }) }),
    ).toThrow('(everyHours is not a whole number)');
    expect(() => readEmulatorState({ 'trigger.1000001': trigger({ schedule: { everyHours: 1 } }) })).toThrow(
      '(a schedule needs its timeZone)',
    );
  });
});
