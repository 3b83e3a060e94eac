// What a simple trigger (onOpen, onEdit) may not call: it runs in AuthMode.LIMITED, without authorization.
import { REQUIRED_SCOPE } from './custom-function-access';

/**
 * Calls that need the user's authorization, which a simple trigger never has. Google: simple triggers
 * "cannot access services that require authorization" (a simple trigger cannot send an email), they
 * may modify the file they are bound to but not other files, and they "cannot run for longer than 30
 * seconds" [developers.google.com/apps-script/guides/triggers, "Restrictions"]; onOpen runs in
 * AuthMode.LIMITED, "a limited subset of services" [reference/script/auth-mode]. So: no mail, no
 * installable-trigger management (ScriptApp's triggers need script.scriptapp), and no sidebar or
 * dialog (they need script.container.ui); menus, the bound spreadsheet, properties, locks and caches
 * stay available.
 */
const DENIED_SERVICES = new Set<string>([
  'MailApp',
  'GmailApp',
  'Trigger',
  'TriggerBuilder',
  'ClockTriggerBuilder',
  'SpreadsheetTriggerBuilder',
]);

const DENIED_CALLS: Record<string, string> = {
  'ScriptApp.newTrigger': REQUIRED_SCOPE.ScriptApp,
  'ScriptApp.getProjectTriggers': REQUIRED_SCOPE.ScriptApp,
  'ScriptApp.getUserTriggers': REQUIRED_SCOPE.ScriptApp,
  'ScriptApp.deleteTrigger': REQUIRED_SCOPE.ScriptApp,
  'Ui.showSidebar': 'https://www.googleapis.com/auth/script.container.ui',
  'Ui.showModalDialog': 'https://www.googleapis.com/auth/script.container.ui',
  'Ui.showModelessDialog': 'https://www.googleapis.com/auth/script.container.ui',
};

/**
 * The permission error Apps Script gives when a simple trigger calls `service.method`, e.g. "You do
 * not have permission to call MailApp.sendEmail. Required permissions:
 * https://www.googleapis.com/auth/script.send_mail", or null when the call is allowed.
 */
export function simpleTriggerDenial(service: string, method: string): string | null {
  const name = `${service}.${method}`;
  const scope = DENIED_SERVICES.has(service) ? REQUIRED_SCOPE[service] : DENIED_CALLS[name];
  if (!DENIED_SERVICES.has(service) && scope === undefined) return null;
  return scope
    ? `You do not have permission to call ${name}. Required permissions: ${scope}`
    : `You do not have permission to call ${name}`;
}
