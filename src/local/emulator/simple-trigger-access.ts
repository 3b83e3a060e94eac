// What a simple trigger (onOpen, onEdit) may not call: it runs in AuthMode.LIMITED, without authorization.
import { permissionDenial, REQUIRED_SCOPE } from './permission-denial';

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

/** The scope sidebars and dialogs need (the manifest's, apps-script.md). */
const CONTAINER_UI_SCOPE = 'https://www.googleapis.com/auth/script.container.ui';

/** Single calls refused, with the scope each needs. */
const DENIED_CALLS: Record<string, string> = {
  'ScriptApp.newTrigger': REQUIRED_SCOPE.ScriptApp,
  'ScriptApp.getProjectTriggers': REQUIRED_SCOPE.ScriptApp,
  'ScriptApp.getUserTriggers': REQUIRED_SCOPE.ScriptApp,
  'ScriptApp.deleteTrigger': REQUIRED_SCOPE.ScriptApp,
  'Ui.showSidebar': CONTAINER_UI_SCOPE,
  'Ui.showModalDialog': CONTAINER_UI_SCOPE,
  'Ui.showModelessDialog': CONTAINER_UI_SCOPE,
};

/**
 * The permission error Apps Script gives when a simple trigger calls `service.method`, e.g. "You do
 * not have permission to call MailApp.sendEmail. Required permissions:
 * https://www.googleapis.com/auth/script.send_mail", or null when the call is allowed.
 */
export function simpleTriggerDenial(service: string, method: string): string | null {
  const name = `${service}.${method}`;
  if (DENIED_SERVICES.has(service)) return permissionDenial(name, REQUIRED_SCOPE[service]);
  const scope = DENIED_CALLS[name];
  return scope === undefined ? null : permissionDenial(name, scope);
}
