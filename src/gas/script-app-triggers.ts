// Apps Script adapter of the Triggers port: installable hourly, daily and form-submit triggers over ScriptApp.
/// <reference types="google-apps-script" />
import type { InstalledTrigger, TriggerSchedule, Triggers } from '../app/ports';

/**
 * A trigger's schedule is kept in the user's properties under this prefix and its unique id: Apps
 * Script's Trigger tells its event type but not its hours or zone
 * [developers.google.com/apps-script/reference/script/trigger]. User properties, because installable
 * triggers belong to the user who installed them.
 */
export const TRIGGER_SCHEDULE_PREFIX = 'crm.trigger.';

/** The stored schedule when it is one that `kind` of event can have, else null (not installed here, or edited). */
function storedSchedule(text: string | undefined, eventType: string): TriggerSchedule | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const s = value as Record<string, unknown> | null;
  if (s === null || typeof s !== 'object') return null;
  if (eventType === 'ON_FORM_SUBMIT') return s.kind === 'form-submit' ? { kind: 'form-submit' } : null;
  if (eventType !== 'CLOCK') return null;
  if (s.kind === 'hourly' && Number.isInteger(s.everyHours) && (s.everyHours as number) >= 1) {
    return { kind: 'hourly', everyHours: s.everyHours as number };
  }
  if (
    s.kind === 'daily' &&
    Number.isInteger(s.hour) &&
    (s.hour as number) >= 0 &&
    (s.hour as number) <= 23 &&
    typeof s.timeZone === 'string'
  ) {
    return { kind: 'daily', hour: s.hour as number, timeZone: s.timeZone };
  }
  return null;
}

/**
 * The Triggers port over ScriptApp, for the active spreadsheet. Each install is one create() and
 * one property write; list reads the triggers and the user's properties once each.
 */
export class ScriptAppTriggers implements Triggers {
  // Asked for on first use: most executions touch no trigger, and every service call counts.
  private get properties(): GoogleAppsScript.Properties.Properties {
    return PropertiesService.getUserProperties();
  }

  install(handler: string, schedule: TriggerSchedule): void {
    const trigger = this.create(handler, schedule);
    this.properties.setProperty(TRIGGER_SCHEDULE_PREFIX + trigger.getUniqueId(), JSON.stringify(schedule));
  }

  list(): InstalledTrigger[] {
    const stored = this.properties.getProperties();
    return ScriptApp.getProjectTriggers().map((trigger): InstalledTrigger => {
      const handler = trigger.getHandlerFunction();
      const eventType = String(trigger.getEventType());
      const schedule = storedSchedule(stored[TRIGGER_SCHEDULE_PREFIX + trigger.getUniqueId()], eventType);
      if (schedule) return { handler, ...schedule };
      return { handler, kind: eventType === 'CLOCK' ? 'clock' : 'other' };
    });
  }

  remove(handler: string): number {
    let removed = 0;
    for (const trigger of ScriptApp.getProjectTriggers()) {
      if (trigger.getHandlerFunction() !== handler) continue;
      const key = TRIGGER_SCHEDULE_PREFIX + trigger.getUniqueId();
      ScriptApp.deleteTrigger(trigger);
      this.properties.deleteProperty(key);
      removed++;
    }
    return removed;
  }

  private create(handler: string, schedule: TriggerSchedule): GoogleAppsScript.Script.Trigger {
    const builder = ScriptApp.newTrigger(handler);
    switch (schedule.kind) {
      case 'hourly':
        return builder.timeBased().everyHours(schedule.everyHours).create();
      case 'daily':
        return builder.timeBased().atHour(schedule.hour).everyDays(1).inTimezone(schedule.timeZone).create();
      case 'form-submit':
        return builder.forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onFormSubmit().create();
    }
  }
}
