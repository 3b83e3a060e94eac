// Emulated ScriptApp: installable triggers kept in a TriggerRegistry that also says which clock triggers are due.

import { instantFromZoned, zonedFields } from './java-time-zone';
import type { ServiceMeter } from './service-meter';

/** Installable triggers per user per script [developers.google.com/apps-script/guides/services/quotas]. */
export const MAX_TRIGGERS_PER_SCRIPT = 20;
const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

const EventType = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const;
const TriggerSource = {
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
} as const;
const AuthMode = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const;

export type TriggerEventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';

/** When a clock trigger runs; exactly one of the `every…`, `at` or `afterMs` fields is set. */
export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  /** Hour of the day (0-23) for everyDays, on the wall clock of `timeZone`. */
  atHour?: number;
  /** Minute of the hour for everyHours/everyDays (Apps Script runs within ±15 minutes of it). */
  nearMinute?: number;
  /** One run at this instant (ISO string). */
  at?: string;
  /** One run this many milliseconds after creation. */
  afterMs?: number;
  timeZone: string;
}

/** A trigger as stored; plain data so the registry can be saved between runs. */
export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: TriggerEventType;
  source: 'CLOCK' | 'SPREADSHEETS';
  /** The spreadsheet's id for spreadsheet triggers; null for clock triggers. */
  sourceId: string | null;
  /** Virtual time of creation (ISO string). */
  createdAt: string;
  schedule?: ClockSchedule;
}

/** One run of a clock trigger. */
export interface DueRun {
  trigger: TriggerRecord;
  at: Date;
}

export type EmulatedTrigger = Pick<
  GoogleAppsScript.Script.Trigger,
  'getHandlerFunction' | 'getUniqueId' | 'getEventType' | 'getTriggerSource'
> & {
  /** The spreadsheet's id; null for a clock trigger, which has no source document. */
  getTriggerSourceId(): string | null;
};

export interface EmulatedClockTriggerBuilder {
  everyMinutes(n: number): EmulatedClockTriggerBuilder;
  everyHours(n: number): EmulatedClockTriggerBuilder;
  everyDays(n: number): EmulatedClockTriggerBuilder;
  atHour(hour: number): EmulatedClockTriggerBuilder;
  nearMinute(minute: number): EmulatedClockTriggerBuilder;
  inTimezone(timezone: string): EmulatedClockTriggerBuilder;
  at(date: GoogleAppsScript.Base.Date): EmulatedClockTriggerBuilder;
  after(durationMilliseconds: number): EmulatedClockTriggerBuilder;
  create(): EmulatedTrigger;
}

export interface EmulatedSpreadsheetTriggerBuilder {
  onOpen(): EmulatedSpreadsheetTriggerBuilder;
  onEdit(): EmulatedSpreadsheetTriggerBuilder;
  onFormSubmit(): EmulatedSpreadsheetTriggerBuilder;
  onChange(): EmulatedSpreadsheetTriggerBuilder;
  create(): EmulatedTrigger;
}

export interface EmulatedScriptApp {
  EventType: typeof GoogleAppsScript.Script.EventType;
  TriggerSource: typeof GoogleAppsScript.Script.TriggerSource;
  AuthMode: typeof GoogleAppsScript.Script.AuthMode;
  newTrigger(functionName: string): {
    timeBased(): EmulatedClockTriggerBuilder;
    forSpreadsheet(sheet: { getId(): string } | string): EmulatedSpreadsheetTriggerBuilder;
  };
  getProjectTriggers(): EmulatedTrigger[];
  getUserTriggers(spreadsheet: { getId(): string }): EmulatedTrigger[];
  deleteTrigger(trigger: Pick<GoogleAppsScript.Script.Trigger, 'getUniqueId'>): void;
  getScriptId(): string;
  getService(): Pick<GoogleAppsScript.Script.Service, 'getUrl' | 'isEnabled'>;
}

function exception(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The project's installable triggers, kept across executions. Besides storing them it answers the
 * local runtime's question "which clock triggers run between two virtual instants", with these
 * deterministic stand-ins for Google's loosely timed schedules:
 * - everyMinutes(n): creation + k·n minutes, k ≥ 1.
 * - everyHours(n): creation + k·n hours; with nearMinute(m), from the first instant after creation
 *   whose wall-clock minute is m, then every n hours.
 * - everyDays(n): at atHour(h):nearMinute(m) on the zone's wall clock (h and m default to the creation
 *   time's hour, and to minute 0 when atHour is given), on the first such day after creation and every
 *   n-th calendar day after it, so the local time holds across daylight-saving changes.
 * - at(date) / after(ms): once.
 */
export class TriggerRegistry {
  readonly triggers: TriggerRecord[];
  /** Default zone of new clock triggers (the script's time zone). */
  readonly timeZone: string;
  private nextId: number;

  constructor(options: { timeZone?: string; triggers?: TriggerRecord[] } = {}) {
    this.timeZone = options.timeZone ?? 'Etc/UTC';
    this.triggers = (options.triggers ?? []).map((t) => ({ ...t }));
    this.nextId = this.triggers.reduce((max, t) => Math.max(max, Number(t.id) || 0), 1_000_000) + 1;
  }

  /** Stores a trigger and returns it with its new id; throws Apps Script's message past 20 triggers. */
  add(trigger: Omit<TriggerRecord, 'id'>): TriggerRecord {
    if (this.triggers.length >= MAX_TRIGGERS_PER_SCRIPT) throw exception(TOO_MANY_TRIGGERS);
    const record = { ...trigger, id: String(this.nextId++) };
    this.triggers.push(record);
    return record;
  }

  remove(id: string): void {
    const index = this.triggers.findIndex((t) => t.id === id);
    if (index >= 0) this.triggers.splice(index, 1);
  }

  /** Copies of the stored triggers, for saving. */
  snapshot(): TriggerRecord[] {
    return this.triggers.map((t) => ({ ...t, schedule: t.schedule ? { ...t.schedule } : undefined }));
  }

  /**
   * The runs of clock triggers in the half-open window (from, to], ordered by time, then by creation.
   * One-off triggers (at/after) are not removed here: the runtime deletes them once they have run, as
   * Apps Script disables them.
   */
  dueTriggers(from: Date, to: Date): DueRun[] {
    const runs: DueRun[] = [];
    for (const trigger of this.triggers) {
      if (trigger.eventType !== 'CLOCK' || !trigger.schedule) continue;
      for (const at of occurrences(trigger, from.getTime(), to.getTime()))
        runs.push({ trigger, at: new Date(at) });
    }
    const order = new Map(this.triggers.map((t, i) => [t.id, i]));
    return runs.sort(
      (a, b) => a.at.getTime() - b.at.getTime() || order.get(a.trigger.id)! - order.get(b.trigger.id)!,
    );
  }
}

/** Instants first + k·step (k ≥ 0) in (from, to]. */
function stepped(first: number, step: number, from: number, to: number): number[] {
  const out: number[] = [];
  const k0 = Math.max(0, Math.floor((from - first) / step));
  for (let t = first + k0 * step; t <= to; t += step) if (t > from) out.push(t);
  return out;
}

function occurrences(trigger: TriggerRecord, from: number, to: number): number[] {
  const s = trigger.schedule!;
  const created = Date.parse(trigger.createdAt);
  if (s.at !== undefined) {
    const at = Date.parse(s.at);
    return at > from && at <= to ? [at] : [];
  }
  if (s.afterMs !== undefined) {
    const at = created + s.afterMs;
    return at > from && at <= to ? [at] : [];
  }
  if (s.everyMinutes !== undefined)
    return stepped(created + s.everyMinutes * MINUTE, s.everyMinutes * MINUTE, from, to);
  if (s.everyHours !== undefined) {
    const step = s.everyHours * HOUR;
    if (s.nearMinute === undefined) return stepped(created + step, step, from, to);
    // The first instant after creation whose wall-clock minute is nearMinute (zone offsets may have
    // a minute part, e.g. +05:30, so look at the wall clock rather than at UTC).
    let first = Math.floor(created / MINUTE) * MINUTE + MINUTE;
    while (zonedFields(new Date(first), s.timeZone).minute !== s.nearMinute) first += MINUTE;
    return stepped(first, step, from, to);
  }
  if (s.everyDays !== undefined) return dailyRuns(s, created, from, to);
  return [];
}

function dailyRuns(s: ClockSchedule, created: number, from: number, to: number): number[] {
  const createdLocal = zonedFields(new Date(created), s.timeZone);
  const hour = s.atHour ?? createdLocal.hour;
  const minute = s.nearMinute ?? (s.atHour !== undefined ? 0 : createdLocal.minute);
  const n = s.everyDays!;
  // Calendar days counted on a UTC grid of the local dates, so adding days never meets a DST change.
  const dayIndex = (fields: { year: number; month: number; day: number }) =>
    Date.UTC(fields.year, fields.month - 1, fields.day) / 86_400_000;
  const runOn = (index: number) => {
    const date = new Date(index * 86_400_000);
    return instantFromZoned(
      { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour, minute },
      s.timeZone,
    ).getTime();
  };
  let firstDay = dayIndex(createdLocal);
  if (runOn(firstDay) <= created) firstDay += 1;
  const fromDay = dayIndex(zonedFields(new Date(Math.max(from, created)), s.timeZone));
  let k = Math.max(0, Math.floor((fromDay - firstDay) / n) - 1);
  const out: number[] = [];
  for (;;) {
    const at = runOn(firstDay + k * n);
    if (at > to) break;
    if (at > from) out.push(at);
    k++;
  }
  return out;
}

function triggerObject(record: TriggerRecord, meter: ServiceMeter): EmulatedTrigger {
  return {
    getHandlerFunction() {
      meter.call('Trigger', 'getHandlerFunction');
      return record.handler;
    },
    getUniqueId() {
      meter.call('Trigger', 'getUniqueId');
      return record.id;
    },
    getEventType() {
      meter.call('Trigger', 'getEventType');
      return EventType[record.eventType] as unknown as GoogleAppsScript.Script.EventType;
    },
    getTriggerSource() {
      meter.call('Trigger', 'getTriggerSource');
      return TriggerSource[record.source] as unknown as GoogleAppsScript.Script.TriggerSource;
    },
    getTriggerSourceId() {
      meter.call('Trigger', 'getTriggerSourceId');
      return record.sourceId;
    },
  };
}

function wholeNumber(value: number, min: number, max: number, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw exception(`Invalid argument: ${what}`);
  return n;
}

function clockBuilder(
  handler: string,
  registry: TriggerRegistry,
  meter: ServiceMeter,
): EmulatedClockTriggerBuilder {
  const schedule: ClockSchedule = { timeZone: registry.timeZone };
  const builder: EmulatedClockTriggerBuilder = {
    everyMinutes(n) {
      meter.call('ClockTriggerBuilder', 'everyMinutes');
      // Apps Script accepts only these intervals [reference/script/clock-trigger-builder#everyMinutes].
      if (![1, 5, 10, 15, 30].includes(Number(n)))
        throw exception('Invalid argument: n (1, 5, 10, 15 or 30)');
      schedule.everyMinutes = Number(n);
      return builder;
    },
    everyHours(n) {
      meter.call('ClockTriggerBuilder', 'everyHours');
      schedule.everyHours = wholeNumber(n, 1, Number.MAX_SAFE_INTEGER, 'n');
      return builder;
    },
    everyDays(n) {
      meter.call('ClockTriggerBuilder', 'everyDays');
      schedule.everyDays = wholeNumber(n, 1, Number.MAX_SAFE_INTEGER, 'n');
      return builder;
    },
    atHour(hour) {
      meter.call('ClockTriggerBuilder', 'atHour');
      schedule.atHour = wholeNumber(hour, 0, 23, 'hour');
      return builder;
    },
    nearMinute(minute) {
      meter.call('ClockTriggerBuilder', 'nearMinute');
      schedule.nearMinute = wholeNumber(minute, 0, 59, 'minute');
      return builder;
    },
    inTimezone(timezone) {
      meter.call('ClockTriggerBuilder', 'inTimezone');
      schedule.timeZone = String(timezone);
      return builder;
    },
    at(date) {
      meter.call('ClockTriggerBuilder', 'at');
      schedule.at = new Date(date.getTime()).toISOString();
      return builder;
    },
    after(durationMilliseconds) {
      meter.call('ClockTriggerBuilder', 'after');
      schedule.afterMs = wholeNumber(
        durationMilliseconds,
        0,
        Number.MAX_SAFE_INTEGER,
        'durationMilliseconds',
      );
      return builder;
    },
    create() {
      meter.call('ClockTriggerBuilder', 'create');
      const kinds = ['everyMinutes', 'everyHours', 'everyDays', 'at', 'afterMs'].filter(
        (key) => schedule[key as keyof ClockSchedule] !== undefined,
      );
      if (kinds.length !== 1)
        throw exception('A time-based trigger needs exactly one schedule (every…, at or after).');
      if (schedule.atHour !== undefined && schedule.everyDays === undefined) {
        throw exception('atHour() can only be used with everyDays().');
      }
      const record = registry.add({
        handler,
        eventType: 'CLOCK',
        source: 'CLOCK',
        sourceId: null,
        createdAt: meter.now().toISOString(),
        schedule: { ...schedule },
      });
      return triggerObject(record, meter);
    },
  };
  return builder;
}

function spreadsheetBuilder(
  handler: string,
  spreadsheetId: string,
  registry: TriggerRegistry,
  meter: ServiceMeter,
): EmulatedSpreadsheetTriggerBuilder {
  let eventType: TriggerEventType | null = null;
  const on = (method: string, type: TriggerEventType) => () => {
    meter.call('SpreadsheetTriggerBuilder', method);
    eventType = type;
    return builder;
  };
  const builder: EmulatedSpreadsheetTriggerBuilder = {
    onOpen: on('onOpen', 'ON_OPEN'),
    onEdit: on('onEdit', 'ON_EDIT'),
    onFormSubmit: on('onFormSubmit', 'ON_FORM_SUBMIT'),
    onChange: on('onChange', 'ON_CHANGE'),
    create() {
      meter.call('SpreadsheetTriggerBuilder', 'create');
      if (eventType === null) throw exception('A spreadsheet trigger needs an event (onOpen, onEdit, …).');
      const record = registry.add({
        handler,
        eventType,
        source: 'SPREADSHEETS',
        sourceId: spreadsheetId,
        createdAt: meter.now().toISOString(),
      });
      return triggerObject(record, meter);
    },
  };
  return builder;
}

/**
 * ScriptApp over `registry`: newTrigger(fn).timeBased()… or .forSpreadsheet(ss or id)….create(),
 * getProjectTriggers, deleteTrigger, getService().getUrl() (the configured web app URL) and getScriptId.
 * Creating a 21st trigger throws "This script has too many triggers. Triggers must be deleted from the
 * script before more can be added."
 */
export function createScriptApp(
  registry: TriggerRegistry,
  meter: ServiceMeter,
  options: { webAppUrl: string; scriptId?: string },
): EmulatedScriptApp {
  return {
    EventType: EventType as unknown as typeof GoogleAppsScript.Script.EventType,
    TriggerSource: TriggerSource as unknown as typeof GoogleAppsScript.Script.TriggerSource,
    AuthMode: AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode,
    newTrigger(functionName) {
      meter.call('ScriptApp', 'newTrigger');
      const handler = String(functionName);
      return {
        timeBased() {
          meter.call('TriggerBuilder', 'timeBased');
          return clockBuilder(handler, registry, meter);
        },
        forSpreadsheet(sheet) {
          meter.call('TriggerBuilder', 'forSpreadsheet');
          const id = typeof sheet === 'string' ? sheet : sheet.getId();
          return spreadsheetBuilder(handler, id, registry, meter);
        },
      };
    },
    getProjectTriggers() {
      meter.call('ScriptApp', 'getProjectTriggers');
      return registry.triggers.map((t) => triggerObject(t, meter));
    },
    getUserTriggers(spreadsheet) {
      meter.call('ScriptApp', 'getUserTriggers');
      const id = spreadsheet.getId();
      return registry.triggers.filter((t) => t.sourceId === id).map((t) => triggerObject(t, meter));
    },
    deleteTrigger(trigger) {
      meter.call('ScriptApp', 'deleteTrigger');
      registry.remove(trigger.getUniqueId());
    },
    getScriptId() {
      meter.call('ScriptApp', 'getScriptId');
      return options.scriptId ?? 'local-script';
    },
    getService() {
      meter.call('ScriptApp', 'getService');
      return {
        getUrl() {
          meter.call('Service', 'getUrl');
          return options.webAppUrl;
        },
        isEnabled() {
          meter.call('Service', 'isEnabled');
          return options.webAppUrl !== '';
        },
      };
    },
  };
}
