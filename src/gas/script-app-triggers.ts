// Apps Script adapter of the Triggers port: installable time-driven triggers.
/// <reference types="google-apps-script" />
import type { Triggers } from '../app/ports';

/** The Triggers port over ScriptApp, in the spreadsheet's time zone. */
export class ScriptAppTriggers implements Triggers {
  constructor(private readonly timeZone: string) {}

  handlers(): string[] {
    return ScriptApp.getProjectTriggers().map((trigger) => trigger.getHandlerFunction());
  }

  installDaily(handler: string, hour: number): void {
    ScriptApp.newTrigger(handler).timeBased().everyDays(1).atHour(hour).inTimezone(this.timeZone).create();
  }

  remove(handler: string): number {
    let removed = 0;
    for (const trigger of ScriptApp.getProjectTriggers()) {
      if (trigger.getHandlerFunction() !== handler) continue;
      ScriptApp.deleteTrigger(trigger);
      removed++;
    }
    return removed;
  }
}
