// Trigger handlers and their installation: the nightly analytics refresh.
import { appendLog } from '../app/log';
import { refreshAnalytics } from '../app/refresh';
import { readSettings } from '../core/model/read-settings';
import { gasPorts, gasTriggers } from '../gas/gas-ports';
import { showAlert } from '../gas/ui';
import { boundPorts } from './bound-ports';
import { globalFunction } from './entry-point';

/** The handler the nightly trigger calls. */
export const NIGHTLY_REFRESH_HANDLER = 'onNightlyRefresh';

/**
 * Installs the nightly refresh at Settings' "Trigger hour" unless one is installed already, so
 * running it twice never makes two triggers. Returns whether it installed one.
 */
export function ensureNightlyRefresh(): { installed: boolean; hour: number } {
  const ports = gasPorts();
  const { settings } = readSettings(ports.workbook.readTab('Settings'));
  const triggers = gasTriggers();
  if (triggers.handlers().includes(NIGHTLY_REFRESH_HANDLER))
    return { installed: false, hour: settings.triggerHour };
  triggers.installDaily(NIGHTLY_REFRESH_HANDLER, settings.triggerHour);
  return { installed: true, hour: settings.triggerHour };
}

export const triggerEntryPoints = {
  onNightlyRefresh: globalFunction('trigger', 'Nightly trigger: refreshes analytics.', ['e'], () => {
    const ports = gasPorts();
    try {
      refreshAnalytics(boundPorts(ports));
    } catch (error) {
      // A time-driven trigger has no one to show an error to: the Log tab is where the owner looks.
      appendLog(ports.workbook, ports.clock, {
        action: 'refresh (nightly)',
        result: 'failed',
        counts: {},
        details: (error as Error).message,
      });
      throw error;
    }
  }),
  installNightlyRefresh: globalFunction('menu', 'Turns on the nightly analytics refresh.', [], () => {
    const { installed, hour } = ensureNightlyRefresh();
    showAlert(
      'Nightly refresh',
      installed
        ? `Analytics will refresh every night at ${hour}:00 (Settings, "Trigger hour").`
        : 'The nightly refresh is already on.',
    );
  }),
  removeNightlyRefresh: globalFunction('menu', 'Turns off the nightly analytics refresh.', [], () => {
    const removed = gasTriggers().remove(NIGHTLY_REFRESH_HANDLER);
    showAlert('Nightly refresh', removed ? 'The nightly refresh is off.' : 'The nightly refresh was not on.');
  }),
};
