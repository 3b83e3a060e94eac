// Virtual time each emulated service call costs, calibrated on Google's batching example and on sending times.

/**
 * Calibration. Google's "Best practices" page times one script two ways on a 100 x 100 grid: one
 * service call per cell takes about 70 s, one batched getValues/setValues about 1 s
 * [developers.google.com/apps-script/guides/support/best-practices, "Use batch operations"].
 * Model: a call that moves cell data costs `ROUND_TRIP + PER_CELL * cells`.
 * - The round trip comes from the cell-by-cell figure: 70 s / 10,000 calls = 7 ms a call.
 * - The per-cell part is taken from a measured batched write rather than from the ~1 s, which also
 *   pays for the example's own colour computation of 10,000 cells and dates from 2010: one setValues
 *   of 4,000 cells "took less than 50ms" (Stack Overflow, "What is faster: ScriptDb or SpreadsheetApp?"),
 *   i.e. at most (50 - 7) / 4,000 = 0.011 ms a cell; 0.01 ms is used. A per-cell cost of 0.1 ms (the
 *   ~1 s read literally) would make one read of 500,000 x 9 cells take 450 s, past the 6-minute limit
 *   on its own, far slower than batched reads measure.
 * Resulting figures for Google's example:
 * - cell by cell: 10,000 * (7 + 0.01) ms = 70.1 s (about 70 s);
 * - batched: 7 + 10,000 * 0.01 ms = 107 ms (at most about 1 s);
 * - one read of 500,000 x 9 cells: 7 ms + 45 s.
 * Calls that only build a handle (getRange, getSheetByName, offset, getRow, …) are answered by the
 * script runtime without a round trip to the spreadsheet, so they cost 0.05 ms.
 */
/** Costs are integers in microseconds so that sums of many calls stay exact. */
export const ROUND_TRIP_US = 7_000;
/** Per-cell part of a call that reads or writes cells (0.01 ms, see the calibration above). */
export const PER_CELL_US = 10;
/** A call that returns a handle or a property the runtime already holds (0.05 ms). */
export const LOCAL_CALL_US = 50;

/**
 * One MailApp.sendEmail: 0.8 s. Sending is not a spreadsheet round trip; it waits for Google's mail
 * servers to accept the message. Published observations:
 * - Small Outbox, an add-on that sends mail from Apps Script, measures "an email with total size of
 *   100KB will take about 1.2 seconds to send", and notes the time depends on the size
 *   [sites.google.com/quickfixters.com/add-onsuniverse/faq].
 * - A G Suite script sending 100 emails one at a time, writing each send time to the sheet and reading
 *   the remaining quota after each, logged about 1.8 s a message (10 sends from 7:20:52 to 7:21:10)
 *   [cleverone.net/2019/03, "GASで100通のメール送信試行"].
 * - mail-merge-for-gmail hit its add-on's 30 s limit at about 50 merged messages, i.e. about 0.6 s
 *   each for creating Gmail drafts, which are not even delivered [github.com/ttsukagoshi/mail-merge-for-gmail#62].
 * A follow-up is a few KB of text and HTML: faster than the 100 KB message, slower than a draft, and
 * the 1.8 s loop also paid for a sheet write and a quota read per message, so 0.8 s is used.
 * Then 1,500 emails (a Workspace account's daily quota) take 1,500 * 0.8 s = 20 minutes: at least four
 * 6-minute executions, as in Google, where a sender has to stop and carry on in the next one.
 */
export const MAIL_SEND_US = 800_000;

/** Calls whose cost is their own, not a round trip's; keys are `Service.method`. */
const FIXED_COSTS = new Map<string, number>([['MailApp.sendEmail', MAIL_SEND_US]]);

/** Calls answered locally (no round trip); keys are `Service.method`. */
const LOCAL_CALLS = new Set<string>([
  'SpreadsheetApp.getActive',
  'SpreadsheetApp.getActiveSpreadsheet',
  'SpreadsheetApp.getUi',
  'SpreadsheetApp.newDataValidation',
  'Spreadsheet.getId',
  'Spreadsheet.getName',
  'Spreadsheet.getUi',
  'Spreadsheet.getSpreadsheetTimeZone',
  'Sheet.getRange',
  'Sheet.getName',
  'Sheet.getSheetId',
  'Sheet.getParent',
  'Range.getA1Notation',
  'Range.getRow',
  'Range.getColumn',
  'Range.getNumRows',
  'Range.getNumColumns',
  'Range.getLastRow',
  'Range.getLastColumn',
  'Range.getSheet',
  'Range.offset',
  'DataValidationBuilder.requireValueInList',
  'DataValidationBuilder.requireNumberBetween',
  'DataValidationBuilder.requireDate',
  'DataValidationBuilder.requireCheckbox',
  'DataValidationBuilder.setAllowInvalid',
  'DataValidationBuilder.build',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Ui.createMenu',
  'Ui.createAddonMenu',
  'PromptResponse.getResponseText',
  'PromptResponse.getSelectedButton',
]);

/**
 * Virtual microseconds one call of `service.method` costs: LOCAL_CALL_US for handle-building calls,
 * MAIL_SEND_US for MailApp.sendEmail, otherwise one round trip (ROUND_TRIP_US, also for calls not in the table) plus PER_CELL_US for
 * each of the `cells` it reads or writes.
 * @example callCostUs('Range', 'getValues', 10000) // => 107000
 */
export function callCostUs(service: string, method: string, cells = 0): number {
  const name = `${service}.${method}`;
  if (LOCAL_CALLS.has(name)) return LOCAL_CALL_US;
  const fixed = FIXED_COSTS.get(name);
  if (fixed !== undefined) return fixed;
  return ROUND_TRIP_US + PER_CELL_US * Math.max(0, Math.round(cells));
}
