// Trigger handlers and the menu actions that turn them on and off: the nightly analytics refresh.
import { appendLog } from '../app/log';
import { ensureNightlyRefresh, NIGHTLY_REFRESH_HANDLER, removeNightlyRefresh } from '../app/nightly-refresh';
import { refreshAnalytics } from '../app/refresh';
import { gasPorts } from '../gas/gas-ports';
import { showAlert } from '../gas/ui';
import { boundPorts } from './bound-ports';
import { globalFunction } from './entry-point';

export const triggerEntryPoints = {
  // The handler's name is the one the installed trigger calls.
  [NIGHTLY_REFRESH_HANDLER]: globalFunction('trigger', 'Nightly trigger: refreshes analytics.', ['e'], () => {
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
    const { installed, hour } = ensureNightlyRefresh(gasPorts());
    showAlert(
      'Nightly refresh',
      installed
        ? `Analytics will refresh every night at ${hour}:00 (Settings, "Trigger hour").`
        : 'The nightly refresh is already on.',
    );
  }),
  removeNightlyRefresh: globalFunction('menu', 'Turns off the nightly analytics refresh.', [], () => {
    const removed = removeNightlyRefresh(gasPorts());
    showAlert('Nightly refresh', removed ? 'The nightly refresh is off.' : 'The nightly refresh was not on.');
  }),
};
