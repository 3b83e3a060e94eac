// What a custom function may not call, and the permission error Apps Script raises when it tries.
import { permissionDenial, REQUIRED_SCOPE } from './permission-denial';

/**
 * Services a custom function cannot use at all. Google lists what custom functions may use
 * (Cache, HTML, JDBC, Language, Lock, Maps, Properties, Spreadsheet read-only, URL Fetch, Utilities,
 * XML) and says they "cannot use services that require user authorization", such as mail, triggers
 * or UI [developers.google.com/apps-script/guides/sheets/functions, "Using Apps Script services"].
 */
const DENIED_SERVICES = new Set<string>([
  'MailApp',
  'GmailApp',
  'ScriptApp',
  'Trigger',
  'TriggerBuilder',
  'ClockTriggerBuilder',
  'SpreadsheetTriggerBuilder',
  'Ui',
  'Menu',
  'PromptResponse',
]);

/** Calls that reach the UI through the spreadsheet services. */
const DENIED_CALLS = new Set<string>(['SpreadsheetApp.getUi', 'Spreadsheet.getUi', 'Spreadsheet.toast']);

/** Spreadsheet calls that change the document: custom functions have read-only access. */
const SPREADSHEET_WRITES = new Set<string>([
  'Range.setValue',
  'Range.setValues',
  'Range.setFormula',
  'Range.setFormulas',
  'Range.clear',
  'Range.clearContent',
  'Range.setNumberFormat',
  'Range.setNumberFormats',
  'Range.setDataValidation',
  'Range.setFontWeight',
  'Range.setNote',
  'Range.setNotes',
  'Range.createFilter',
  'Range.copyTo',
  'Filter.remove',
  'Sheet.setColumnWidth',
  'Sheet.setColumnWidths',
  'Sheet.insertChart',
  'Sheet.removeChart',
  'Sheet.activate',
  'Sheet.appendRow',
  'Sheet.insertRowsAfter',
  'Sheet.insertColumnsAfter',
  'Sheet.deleteRows',
  'Sheet.clear',
  'Sheet.clearContents',
  'Sheet.setFrozenRows',
  'Sheet.hideSheet',
  'Sheet.showSheet',
  'Sheet.copyTo',
  'Sheet.setName',
  'Spreadsheet.insertSheet',
  'Spreadsheet.deleteSheet',
  'Spreadsheet.setActiveSheet',
]);

/**
 * The error message Apps Script gives when a custom function calls `service.method`, or null when the
 * call is allowed. Services that need authorization name the full call and their scope ("You do not
 * have permission to call MailApp.sendEmail. Required permissions: …"), the Ui the full call alone;
 * spreadsheet writes name the method alone ("You do not have permission to
 * call setValues"), as Sheets shows them in the cell's #ERROR! tooltip.
 */
export function customFunctionDenial(service: string, method: string): string | null {
  const name = `${service}.${method}`;
  if (DENIED_SERVICES.has(service) || DENIED_CALLS.has(name)) {
    return permissionDenial(name, REQUIRED_SCOPE[service]);
  }
  if (SPREADSHEET_WRITES.has(name)) return `You do not have permission to call ${method}`;
  return null;
}
