// The three automations as installable triggers: follow-ups (hourly or daily), the nightly refresh, the service form.
import { readSettings } from '../core/model/read-settings';
import { NIGHTLY_REFRESH_HANDLER } from './nightly-refresh';
import type { Ports, TriggerSchedule } from './ports';
import { TAB } from './tab-layouts';

/** One automation the owner turns on and off. */
export type AutomationKind = 'followups' | 'refresh' | 'form';

/** Which automations an install or remove is about. */
export type AutomationChoice = AutomationKind | 'all';

export const AUTOMATION_KINDS: readonly AutomationKind[] = ['followups', 'refresh', 'form'];

/** The global function each automation's trigger calls (src/entry/triggers.ts). */
export const AUTOMATION_HANDLERS: Readonly<Record<AutomationKind, string>> = {
  followups: 'onFollowUpsTimer',
  refresh: NIGHTLY_REFRESH_HANDLER,
  form: 'onServiceFormSubmit',
};

/** Google's limit of installable triggers per user per script [developers.google.com/apps-script/guides/services/quotas]. */
export const MAX_TRIGGERS = 20;

/** One automation's state. */
export interface AutomationStatus {
  kind: AutomationKind;
  handler: string;
  installed: boolean;
  /** "every hour", "daily at 7:00 (Europe/Lisbon)", "on each form answer". */
  schedule: string;
}

/** What an install, remove or list did. */
export interface AutomationReport {
  changed: AutomationKind[];
  unchanged: AutomationKind[];
  triggers: AutomationStatus[];
}

function describeSchedule(schedule: TriggerSchedule | { kind: 'clock' | 'other' }): string {
  switch (schedule.kind) {
    case 'hourly':
      return schedule.everyHours === 1 ? 'every hour' : `every ${schedule.everyHours} hours`;
    case 'daily':
      return `daily at ${schedule.hour}:00 (${schedule.timeZone})`;
    case 'form-submit':
      return 'on each form answer';
    default:
      return 'made by hand in the Apps Script editor';
  }
}

/** The schedule each automation is installed with, from Settings ("Follow-up hour", "Trigger hour"). */
function wantedSchedule(ports: Ports, kind: AutomationKind): TriggerSchedule {
  const { settings } = readSettings(ports.workbook.readTab(TAB.settings));
  const timeZone = ports.workbook.timeZone();
  if (kind === 'form') return { kind: 'form-submit' };
  if (kind === 'refresh') return { kind: 'daily', hour: settings.triggerHour, timeZone };
  return settings.followUpHour === undefined
    ? { kind: 'hourly', everyHours: 1 }
    : { kind: 'daily', hour: settings.followUpHour, timeZone };
}

function sameSchedule(
  installed: TriggerSchedule | { kind: 'clock' | 'other' },
  wanted: TriggerSchedule,
): boolean {
  if (installed.kind !== wanted.kind) return false;
  if (installed.kind === 'hourly' && wanted.kind === 'hourly')
    return installed.everyHours === wanted.everyHours;
  if (installed.kind === 'daily' && wanted.kind === 'daily')
    return installed.hour === wanted.hour && installed.timeZone === wanted.timeZone;
  return installed.kind === 'form-submit';
}

function kindsOf(choice: AutomationChoice): AutomationKind[] {
  if (choice === 'all') return [...AUTOMATION_KINDS];
  if (!AUTOMATION_KINDS.includes(choice))
    throw new Error(`"${choice}" is not one of all, ${AUTOMATION_KINDS.join(', ')}.`);
  return [choice];
}

/** The state of every automation, from one list of the installed triggers. */
export function listAutomation(ports: Ports): AutomationStatus[] {
  const installed = ports.triggers.list();
  return AUTOMATION_KINDS.map((kind) => {
    const handler = AUTOMATION_HANDLERS[kind];
    const trigger = installed.find((t) => t.handler === handler);
    return {
      kind,
      handler,
      installed: Boolean(trigger),
      schedule: trigger ? describeSchedule(trigger) : 'off',
    };
  });
}

/**
 * Installs the chosen automations that are off, and reinstalls one whose schedule no longer matches
 * Settings (a new Follow-up hour); installing twice leaves one trigger. Before creating any, checks
 * Google's 20-trigger limit and says which triggers hold the places.
 * @throws {Error} when the new triggers would pass the limit; nothing is installed then.
 */
export function installAutomation(ports: Ports, choice: AutomationChoice): AutomationReport {
  const kinds = kindsOf(choice);
  const installed = ports.triggers.list();
  const changed: AutomationKind[] = [];
  const unchanged: AutomationKind[] = [];
  const plans = kinds.map((kind) => {
    const handler = AUTOMATION_HANDLERS[kind];
    const schedule = wantedSchedule(ports, kind);
    const existing = installed.filter((t) => t.handler === handler);
    const fine = existing.length === 1 && sameSchedule(existing[0], schedule);
    return { kind, handler, schedule, existing: existing.length, fine };
  });
  const added = plans.filter((p) => !p.fine).reduce((sum, p) => sum + 1 - p.existing, 0);
  if (installed.length + added > MAX_TRIGGERS) {
    const others = installed.map((t) => t.handler).join(', ');
    throw new Error(
      `Google allows ${MAX_TRIGGERS} triggers per user for this script and ${installed.length} are installed (${others}); remove some in Extensions > Apps Script > Triggers, then turn this on again.`,
    );
  }
  for (const plan of plans) {
    if (plan.fine) {
      unchanged.push(plan.kind);
      continue;
    }
    if (plan.existing) ports.triggers.remove(plan.handler);
    ports.triggers.install(plan.handler, plan.schedule);
    changed.push(plan.kind);
  }
  return { changed, unchanged, triggers: listAutomation(ports) };
}

/** Removes the chosen automations' triggers (every copy); reports which were on. */
export function removeAutomation(ports: Ports, choice: AutomationChoice): AutomationReport {
  const changed: AutomationKind[] = [];
  const unchanged: AutomationKind[] = [];
  for (const kind of kindsOf(choice)) {
    if (ports.triggers.remove(AUTOMATION_HANDLERS[kind]) > 0) changed.push(kind);
    else unchanged.push(kind);
  }
  return { changed, unchanged, triggers: listAutomation(ports) };
}
