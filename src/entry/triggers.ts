// Trigger handlers and the menu actions that turn them on and off: follow-ups, the nightly refresh, the service form.
import { AUTOMATION_HANDLERS } from '../app/automation';
import { appendLog } from '../app/log';
import { ensureNightlyRefresh, NIGHTLY_REFRESH_HANDLER, removeNightlyRefresh } from '../app/nightly-refresh';
import type { Ports } from '../app/ports';
import { refreshAnalytics } from '../app/refresh';
import { sendFollowUps } from '../app/send-follow-ups';
import { handleServiceFormAnswer } from '../app/service-form-answer';
import { followUpServices } from '../gas/follow-up-services';
import { gasPorts } from '../gas/gas-ports';
import { MailAppMailer } from '../gas/mail-app-mailer';
import { showAlert } from '../gas/ui';
import { boundPorts } from './bound-ports';
import { globalFunction } from './entry-point';

/**
 * Runs a trigger's work; a failure is written to the Log before it is rethrown, since nobody sees a
 * trigger's errors otherwise (Apps Script only emails a daily digest, if that).
 */
function loggedTrigger(action: string, work: (ports: Ports) => void): void {
  const ports = gasPorts();
  try {
    work(boundPorts(ports));
  } catch (error) {
    appendLog(ports.workbook, ports.clock, {
      action,
      result: 'failed',
      counts: {},
      details: (error as Error).message,
    });
    throw error;
  }
}

export const triggerEntryPoints = {
  // The handler names are the ones the installed triggers call (app/automation.ts).
  [NIGHTLY_REFRESH_HANDLER]: globalFunction('trigger', 'Nightly trigger: refreshes analytics.', ['e'], () => {
    loggedTrigger('refresh (nightly)', (ports) => {
      refreshAnalytics(ports);
    });
  }),
  [AUTOMATION_HANDLERS.followups]: globalFunction(
    'trigger',
    'Follow-ups trigger: sends the follow-up emails due now.',
    ['e'],
    () => {
      loggedTrigger('follow-ups', (ports) => {
        sendFollowUps(ports, followUpServices());
      });
    },
  ),
  [AUTOMATION_HANDLERS.form]: globalFunction(
    'trigger',
    'Form trigger: logs a service-form answer, acknowledges it and alerts the owner about an unhappy customer.',
    ['e'],
    (e?: { namedValues?: Record<string, unknown> }) => {
      loggedTrigger('service form', (ports) => {
        handleServiceFormAnswer(ports, new MailAppMailer(), e?.namedValues ?? {});
      });
    },
  ),
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
