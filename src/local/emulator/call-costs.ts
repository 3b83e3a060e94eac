// Virtual time each emulated service call costs, calibrated on Google's batching example.

/**
 * Calibration. Google's "Best practices" page times one script two ways on a 100 x 100 grid:
 * one service call per cell takes about 70 s, one batched getValues/setValues about 1 s
 * [developers.google.com/apps-script/guides/support/best-practices, "Use batch operations"].
 * Model: a call that moves cell data costs `base + perCell * cells`.
 * - 10,000 calls of one cell: 10,000 * (7 + 0.1) ms = 71 s (about 70 s).
 * - one call of 10,000 cells: 7 + 10,000 * 0.1 ms = 1,007 ms (about 1 s).
 * Calls that only build a handle (getRange, getSheetByName, offset, getRow, …) are answered by the
 * script runtime without a round trip to the spreadsheet, so they cost far less than a round trip.
 */
/** Costs are integers in microseconds so that sums of many calls stay exact. */
export const ROUND_TRIP_US = 7_000;
/** Per-cell part of a call that reads or writes cells (0.1 ms, see the calibration above). */
export const PER_CELL_US = 100;
/** A call that returns a handle or a property the runtime already holds (0.05 ms). */
export const LOCAL_CALL_US = 50;

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
 * otherwise one round trip (ROUND_TRIP_US, also for calls not in the table) plus PER_CELL_US for
 * each of the `cells` it reads or writes.
 * @example callCostUs('Range', 'getValues', 10000) // => 1007000
 */
export function callCostUs(service: string, method: string, cells = 0): number {
  if (LOCAL_CALLS.has(`${service}.${method}`)) return LOCAL_CALL_US;
  return ROUND_TRIP_US + PER_CELL_US * Math.max(0, Math.round(cells));
}
