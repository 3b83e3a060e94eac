// The bound spreadsheet's time zone, the one custom functions read dates in.
/// <reference types="google-apps-script" />

/**
 * The IANA zone of the active spreadsheet (File > Settings), which can differ from the script's
 * zone in appsscript.json. Sheets hands a date cell to a script as the instant of its wall-clock
 * time in this zone, so a formula that dates purchases must read days in it. Custom functions may
 * call it: it only reads the spreadsheet. With no spreadsheet to ask, the script's zone.
 */
export function spreadsheetTimeZone(): string {
  // Without a bound spreadsheet (a standalone run, or a loader that offers no SpreadsheetApp) the
  // dates can only be read on the script's own clock, the zone JavaScript's Date already uses.
  const spreadsheet = typeof SpreadsheetApp === 'undefined' ? null : SpreadsheetApp.getActiveSpreadsheet();
  return spreadsheet
    ? spreadsheet.getSpreadsheetTimeZone()
    : Intl.DateTimeFormat().resolvedOptions().timeZone;
}
