// The nightly analytics refresh as an installable trigger: turned on at Settings' "Trigger hour", and off.
import { readSettings } from '../core/model/read-settings';
import type { Ports } from './ports';
import { TAB } from './tab-layouts';

/** The global function the nightly trigger calls (src/entry/triggers.ts). */
export const NIGHTLY_REFRESH_HANDLER = 'onNightlyRefresh';

/**
 * Installs the nightly refresh every day at Settings' "Trigger hour" in the spreadsheet's time
 * zone, unless one is installed already, so turning it on twice never makes two triggers.
 * Returns whether it installed one, and the hour.
 */
export function ensureNightlyRefresh(ports: Ports): { installed: boolean; hour: number } {
  const { settings } = readSettings(ports.workbook.readTab(TAB.settings));
  const hour = settings.triggerHour;
  if (ports.triggers.list().some((trigger) => trigger.handler === NIGHTLY_REFRESH_HANDLER)) {
    return { installed: false, hour };
  }
  ports.triggers.install(NIGHTLY_REFRESH_HANDLER, {
    kind: 'daily',
    hour,
    timeZone: ports.workbook.timeZone(),
  });
  return { installed: true, hour };
}

/** Removes the nightly refresh; returns whether it was on. */
export function removeNightlyRefresh(ports: Ports): boolean {
  return ports.triggers.remove(NIGHTLY_REFRESH_HANDLER) > 0;
}
