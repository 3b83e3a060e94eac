// The permission error Apps Script raises for a call the execution may not make, with the scope it needs.

/**
 * The scope Apps Script names after the permission error of a service that needs authorization; the
 * scopes are the manifest's (apps-script.md).
 */
export const REQUIRED_SCOPE: Record<string, string> = {
  MailApp: 'https://www.googleapis.com/auth/script.send_mail',
  ScriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  Trigger: 'https://www.googleapis.com/auth/script.scriptapp',
  TriggerBuilder: 'https://www.googleapis.com/auth/script.scriptapp',
  ClockTriggerBuilder: 'https://www.googleapis.com/auth/script.scriptapp',
  SpreadsheetTriggerBuilder: 'https://www.googleapis.com/auth/script.scriptapp',
};

/**
 * The message for a refused call `name` ('MailApp.sendEmail'): "You do not have permission to call
 * MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail", without
 * the second sentence when no `scope` is named. Custom functions and simple triggers refuse alike.
 */
export function permissionDenial(name: string, scope: string | undefined): string {
  return scope
    ? `You do not have permission to call ${name}. Required permissions: ${scope}`
    : `You do not have permission to call ${name}`;
}
