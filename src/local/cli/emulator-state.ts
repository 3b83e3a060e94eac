// The emulator's state a workbook carries from one command-line run to the next: clock, triggers, mail quota and use.
import { CONSUMER_DAILY_RECIPIENTS } from '../emulator/mail-app';
import type { ClockSchedule, TriggerEventType, TriggerRecord } from '../emulator/script-app';

/**
 * What Google keeps for a script between executions that the local runtime must keep for it: read from
 * and written to the "emulator" rows of the workbook's property tab, one JSON value per key.
 */
export interface EmulatorState {
  /** Where the last `tick` left the emulated clock; null until one has run (commands then use the wall clock). */
  clock: Date | null;
  /** The installed triggers, in the order they were created. */
  triggers: TriggerRecord[];
  /** MailApp recipients a day: 100 for a consumer account unless `--mail-quota` said otherwise. */
  mailDailyQuota: number;
  /** Recipients emailed per UTC day ('2025-03-01' → 12), the quota's only memory of earlier sends. */
  mailRecipientsByDay: Record<string, number>;
}

const CLOCK = 'clock';
const QUOTA = 'mail.dailyQuota';
const USE = 'mail.recipientsByDay';
const TRIGGER = 'trigger.';

/**
 * Days of mail use kept: the quota looks at one UTC day only, and a month covers any `tick --from`
 * that replays recent days.
 */
export const MAIL_DAYS_KEPT = 31;

const EVENT_TYPES: readonly TriggerEventType[] = [
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
];
const SCHEDULE_NUMBERS = [
  'everyMinutes',
  'everyHours',
  'everyDays',
  'atHour',
  'nearMinute',
  'afterMs',
] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The state of a workbook that carries none: wall clock, no triggers, consumer quota, nothing sent. */
export function initialEmulatorState(): EmulatorState {
  return { clock: null, triggers: [], mailDailyQuota: CONSUMER_DAILY_RECIPIENTS, mailRecipientsByDay: {} };
}

function unreadable(key: string, why: string): Error {
  return new Error(
    `The workbook's "Solo CRM data" tab has an unreadable emulator row "${key}" (${why}); put back the row from a copy of the file, or delete it.`,
  );
}

function parsed(key: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw unreadable(key, 'not JSON');
  }
}

function instant(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schedule as stored, or why it is not one. */
function schedule(value: unknown): ClockSchedule | string {
  if (!isRecord(value) || typeof value.timeZone !== 'string') return 'a schedule needs its timeZone';
  const out: ClockSchedule = { timeZone: value.timeZone };
  for (const name of SCHEDULE_NUMBERS) {
    const n = value[name];
    if (n === undefined) continue;
    if (!isCount(n)) return `${name} is not a whole number`;
    out[name] = n;
  }
  if (value.at !== undefined) {
    if (instant(value.at) === null) return 'at is not an instant';
    out.at = value.at as string;
  }
  return out;
}

/** The trigger stored under `key`; throws saying what is wrong with it. */
function triggerRecord(key: string, value: unknown): TriggerRecord {
  if (!isRecord(value)) throw unreadable(key, 'not an object');
  const { id, handler, eventType, source, sourceId, createdAt } = value;
  if (typeof id !== 'string' || key !== TRIGGER + id)
    throw unreadable(key, 'its id is not the one of its key');
  if (typeof handler !== 'string' || handler === '') throw unreadable(key, 'no handler');
  if (!EVENT_TYPES.includes(eventType as TriggerEventType)) throw unreadable(key, 'unknown event type');
  if (source !== 'CLOCK' && source !== 'SPREADSHEETS') throw unreadable(key, 'unknown source');
  if (sourceId !== null && typeof sourceId !== 'string') throw unreadable(key, 'sourceId is not text');
  if (instant(createdAt) === null) throw unreadable(key, 'createdAt is not an instant');
  const record: TriggerRecord = {
    id,
    handler,
    eventType: eventType as TriggerEventType,
    source,
    sourceId,
    createdAt: createdAt as string,
  };
  if (value.schedule !== undefined) {
    const s = schedule(value.schedule);
    if (typeof s === 'string') throw unreadable(key, s);
    record.schedule = s;
  }
  return record;
}

/** Recipients per day stored under `key`; throws saying what is wrong. */
function recipientsByDay(key: string, value: unknown): Record<string, number> {
  if (!isRecord(value)) throw unreadable(key, 'not an object of days');
  const out: Record<string, number> = {};
  for (const [day, n] of Object.entries(value)) {
    if (!DAY.test(day) || !isCount(n)) throw unreadable(key, `"${day}" is not a day with a count`);
    out[day] = n;
  }
  return out;
}

/**
 * The state held by the "emulator" rows `store` (key → JSON text). A store without a key has that
 * part's initial value, so a workbook written before these rows existed loads as one that never ticked.
 * Unknown keys are ignored. Throws an Error naming the row for a value that cannot be read, rather
 * than dropping an installed trigger or the quota already used.
 */
export function readEmulatorState(store: Readonly<Record<string, string>>): EmulatorState {
  const state = initialEmulatorState();
  for (const [key, text] of Object.entries(store)) {
    const value = parsed(key, text);
    if (key === CLOCK) {
      const clock = instant(value);
      if (clock === null) throw unreadable(key, 'not an instant');
      state.clock = clock;
    } else if (key === QUOTA) {
      if (!isCount(value)) throw unreadable(key, 'not a whole number');
      state.mailDailyQuota = value;
    } else if (key === USE) {
      state.mailRecipientsByDay = recipientsByDay(key, value);
    } else if (key.startsWith(TRIGGER)) {
      state.triggers.push(triggerRecord(key, value));
    }
  }
  return state;
}

/** The most recent MAIL_DAYS_KEPT days of `days`, oldest first. */
function recentDays(days: Record<string, number>): Record<string, number> {
  const sorted = Object.keys(days).sort();
  return Object.fromEntries(sorted.slice(-MAIL_DAYS_KEPT).map((day) => [day, days[day]]));
}

/**
 * The "emulator" rows of `state`: `clock` (only once a tick set it), `mail.dailyQuota`,
 * `mail.recipientsByDay` (the last MAIL_DAYS_KEPT days with sends) and one `trigger.<id>` per trigger.
 */
export function emulatorStore(state: EmulatorState): Record<string, string> {
  const store: Record<string, string> = {};
  if (state.clock) store[CLOCK] = JSON.stringify(state.clock.toISOString());
  store[QUOTA] = JSON.stringify(state.mailDailyQuota);
  store[USE] = JSON.stringify(recentDays(state.mailRecipientsByDay));
  for (const trigger of state.triggers) store[TRIGGER + trigger.id] = JSON.stringify(trigger);
  return store;
}
