// The bound spreadsheet's time zone, the one custom functions read dates in.
/// <reference types="google-apps-script" />

/**
 * The IANA zone of the active spreadsheet (File > Settings), which can differ from the script's
 * zone in appsscript.json. Sheets hands a date cell to a script as the instant of its wall-clock
 * time in this zone, so a formula that dates purchases must read days in it. Custom functions may
 * call it: it only reads the spreadsheet.
 */
export function spreadsheetTimeZone(): string {
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
}
