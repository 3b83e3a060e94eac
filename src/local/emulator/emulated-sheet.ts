// Emulated Sheet: one tab of the workbook, its grid, and ranges on it.
import { parseA1 } from './a1-notation';
import { EmulatedEmbeddedChart, EmulatedEmbeddedChartBuilder } from './emulated-chart';
import { EmulatedFilter } from './emulated-filter';
import { EmulatedRange, typeName } from './emulated-range';
import type { EmulatedSpreadsheet } from './emulated-spreadsheet';
import {
  deleteRows,
  insertColumns,
  insertRows,
  lastColumnWithContent,
  lastRowWithContent,
  writeCells,
} from './sheet-grid';
import type { SpreadsheetContext } from './spreadsheet-context';
import type { SheetData } from './workbook-data';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const OUTSIDE_SHEET = 'The coordinates of the range are outside the dimensions of the sheet.';

function checkInteger(method: string, args: unknown[]): void {
  if (args.some((a) => typeof a !== 'number' || !Number.isFinite(a))) {
    throw new Error(
      `The parameters (${args.map(typeName).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.${method}.`,
    );
  }
}

/** A tab. Its grid (getMaxRows x getMaxColumns) bounds every range; appendRow and inserts grow it. */
export class EmulatedSheet
  implements
    Pick<
      Sheet,
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'getFrozenRows'
      | 'isSheetHidden'
      | 'getName'
      | 'getSheetId'
    >
{
  constructor(
    private readonly ctx: SpreadsheetContext,
    private readonly parent: EmulatedSpreadsheet,
    /** The stored tab this object stands for. */
    readonly data: SheetData,
  ) {}

  private call(method: string, cells?: number): void {
    this.ctx.meter.call('Sheet', method, cells);
  }

  /**
   * A range checked against the grid, without a service call (offset and getCell use it). Throws
   * "The starting row of the range is too small." (or column), "The number of rows in the range must be
   * at least 1." (or columns), or "The coordinates of the range are outside the dimensions of the sheet.".
   */
  rangeAt(row: number, column: number, numRows: number, numColumns: number): EmulatedRange {
    const [r, c, nr, nc] = [row, column, numRows, numColumns].map(Math.trunc);
    if (r < 1) throw new Error('The starting row of the range is too small.');
    if (c < 1) throw new Error('The starting column of the range is too small.');
    if (nr < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (nc < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (r + nr - 1 > this.data.maxRows || c + nc - 1 > this.data.maxColumns) throw new Error(OUTSIDE_SHEET);
    return new EmulatedRange(this.ctx, this, this.data, r, c, nr, nc);
  }

  /**
   * getRange(a1) with "B2", "A1:C10", "A:C" (whole columns), "2:5" (whole rows), "A2:C" (open below),
   * or getRange(row, column[, numRows[, numColumns]]). Throws "Range not found" for unreadable A1 text.
   */
  getRange(a1Notation: string): EmulatedRange;
  getRange(row: number, column: number): EmulatedRange;
  getRange(row: number, column: number, numRows: number): EmulatedRange;
  getRange(row: number, column: number, numRows: number, numColumns: number): EmulatedRange;
  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): EmulatedRange {
    this.call('getRange');
    if (typeof a === 'string' && column === undefined) {
      const ref = parseA1(a);
      if (!ref) throw new Error('Range not found');
      const r1 = ref.startRow ?? 1;
      const c1 = ref.startColumn ?? 1;
      const r2 = ref.endRow ?? this.data.maxRows;
      const c2 = ref.endColumn ?? this.data.maxColumns;
      return this.rangeAt(r1, c1, r2 - r1 + 1, c2 - c1 + 1);
    }
    const args = [a, column, numRows, numColumns].filter((x) => x !== undefined);
    checkInteger('getRange', args);
    return this.rangeAt(a as number, column as number, numRows ?? 1, numColumns ?? 1);
  }

  /** A1 to the last row and column with content (at least A1). */
  getDataRange(): EmulatedRange {
    this.call('getDataRange');
    return this.rangeAt(
      1,
      1,
      Math.max(1, lastRowWithContent(this.data)),
      Math.max(1, lastColumnWithContent(this.data)),
    );
  }

  /** The last row holding a value or formula; 0 when the sheet is empty. */
  getLastRow(): number {
    this.call('getLastRow');
    return lastRowWithContent(this.data);
  }

  getLastColumn(): number {
    this.call('getLastColumn');
    return lastColumnWithContent(this.data);
  }

  getMaxRows(): number {
    this.call('getMaxRows');
    return this.data.maxRows;
  }

  getMaxColumns(): number {
    this.call('getMaxColumns');
    return this.data.maxColumns;
  }

  /**
   * Writes `rowContents` below the last row with content, growing the grid by a row (and columns) if
   * needed; strings are read as if typed, as setValues does.
   */
  appendRow(rowContents: unknown[]): this {
    this.call('appendRow', Array.isArray(rowContents) ? rowContents.length : 0);
    if (!Array.isArray(rowContents)) {
      throw new Error(
        `The parameters (${typeName(rowContents)}) don't match the method signature for SpreadsheetApp.Sheet.appendRow.`,
      );
    }
    const row = lastRowWithContent(this.data) + 1;
    if (row > this.data.maxRows) this.data.maxRows = row;
    if (rowContents.length > this.data.maxColumns) this.data.maxColumns = rowContents.length;
    writeCells(this.data, row - 1, 0, [rowContents], this.ctx.workbook.timeZone);
    return this;
  }

  /** Inserts `howMany` empty rows after row `afterPosition` (1-based, within the grid). */
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.call('insertRowsAfter');
    checkInteger('insertRowsAfter', [afterPosition, howMany]);
    if (afterPosition < 1 || afterPosition > this.data.maxRows) throw new Error(OUTSIDE_SHEET);
    if (howMany < 1) throw new Error('The number of rows in the range must be at least 1.');
    insertRows(this.data, afterPosition, howMany);
    return this;
  }

  /** Inserts `howMany` empty columns after column `afterPosition` (1-based, within the grid). */
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.call('insertColumnsAfter');
    checkInteger('insertColumnsAfter', [afterPosition, howMany]);
    if (afterPosition < 1 || afterPosition > this.data.maxColumns) throw new Error(OUTSIDE_SHEET);
    if (howMany < 1) throw new Error('The number of columns in the range must be at least 1.');
    insertColumns(this.data, afterPosition, howMany);
    return this;
  }

  /**
   * Deletes `howMany` rows from `rowPosition`. Throws the out-of-grid message past the grid and
   * "Sorry, it is not possible to delete all non-frozen rows." when no unfrozen row would remain.
   */
  deleteRows(rowPosition: number, howMany: number): void {
    this.call('deleteRows');
    checkInteger('deleteRows', [rowPosition, howMany]);
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.data.maxRows)
      throw new Error(OUTSIDE_SHEET);
    if (this.data.maxRows - howMany <= this.data.frozenRows) {
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    deleteRows(this.data, rowPosition - 1, howMany);
  }

  /** Clears values, formulas and number formats of the whole sheet. */
  clear(): this {
    this.call('clear');
    this.data.values = [];
    this.data.formulas.clear();
    this.data.numberFormats.clear();
    return this;
  }

  /** Clears values and formulas, keeping formats and validation. */
  clearContents(): this {
    this.call('clearContents');
    this.data.values = [];
    this.data.formulas.clear();
    return this;
  }

  setFrozenRows(rows: number): void {
    this.call('setFrozenRows');
    checkInteger('setFrozenRows', [rows]);
    if (rows < 0 || rows >= this.data.maxRows) throw new Error(OUTSIDE_SHEET);
    this.data.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.call('getFrozenRows');
    return this.data.frozenRows;
  }

  /** Hides the tab; throws "You can't hide all the sheets in a document." for the last visible one. */
  hideSheet(): this {
    this.call('hideSheet');
    const visible = this.ctx.workbook.sheets.filter((s) => !s.hidden);
    if (!this.data.hidden && visible.length === 1)
      throw new Error("You can't hide all the sheets in a document.");
    this.data.hidden = true;
    return this;
  }

  showSheet(): this {
    this.call('showSheet');
    this.data.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    this.call('isSheetHidden');
    return this.data.hidden;
  }

  /** Copies the tab (values, formulas, formats, validation) to the end of `spreadsheet` as "Copy of NAME". */
  copyTo(spreadsheet: EmulatedSpreadsheet): EmulatedSheet {
    this.call('copyTo');
    return spreadsheet.addCopyOf(this.data);
  }

  /** Google's width of a column no one resized, in pixels. */
  static readonly DEFAULT_COLUMN_WIDTH = 100;

  setColumnWidth(columnPosition: number, width: number): this {
    this.call('setColumnWidth');
    return this.widen(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.call('setColumnWidths');
    return this.widen(startColumn, numColumns, width);
  }

  private widen(start: number, count: number, width: number): this {
    checkInteger('setColumnWidth', [start, count, width]);
    if (start < 1 || start + count - 1 > this.data.maxColumns) throw new Error(OUTSIDE_SHEET);
    this.data.columnWidths ??= new Map();
    const widths = this.data.columnWidths;
    for (let c = start - 1; c < start - 1 + count; c++) widths.set(c, Math.max(0, Math.trunc(width)));
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    this.call('getColumnWidth');
    return this.data.columnWidths?.get(columnPosition - 1) ?? EmulatedSheet.DEFAULT_COLUMN_WIDTH;
  }

  /** The tab's filter, null when it has none. */
  getFilter(): EmulatedFilter | null {
    this.call('getFilter');
    return this.data.filter ? new EmulatedFilter(this.ctx, this, this.data) : null;
  }

  newChart(): EmulatedEmbeddedChartBuilder {
    this.call('newChart');
    const ids = this.ctx.workbook.sheets.flatMap((sheet) => (sheet.charts ?? []).map((c) => c.chartId));
    return new EmulatedEmbeddedChartBuilder(this.ctx, Math.max(0, ...ids) + 1);
  }

  insertChart(chart: EmulatedEmbeddedChart): void {
    this.call('insertChart');
    this.data.charts ??= [];
    this.data.charts.push(structuredClone(chart.data));
  }

  getCharts(): EmulatedEmbeddedChart[] {
    this.call('getCharts');
    const charts = (this.data.charts ?? []).map((data) => new EmulatedEmbeddedChart(this.ctx, data));
    return this.ctx.realm.slice(charts, 0, charts.length);
  }

  /** Removes a chart of this tab (compared by its id). */
  removeChart(chart: EmulatedEmbeddedChart): void {
    this.call('removeChart');
    const charts = this.data.charts ?? [];
    const at = charts.findIndex((c) => c.chartId === chart.data.chartId);
    if (at < 0) throw new Error('The chart is not on this sheet.');
    charts.splice(at, 1);
  }

  /** Makes this tab the active one. */
  activate(): this {
    this.call('activate');
    this.ctx.workbook.activeSheetId = this.data.sheetId;
    return this;
  }

  getName(): string {
    this.call('getName');
    return this.data.name;
  }

  /** Renames the tab; throws when another tab has that name (case-insensitively). */
  setName(name: string): this {
    this.call('setName');
    this.parent.checkNewName(String(name), this.data);
    this.data.name = String(name);
    return this;
  }

  getSheetId(): number {
    this.call('getSheetId');
    return this.data.sheetId;
  }

  /** 1-based position of the tab. */
  getIndex(): number {
    this.call('getIndex');
    return this.ctx.workbook.sheets.indexOf(this.data) + 1;
  }

  getParent(): EmulatedSpreadsheet {
    this.call('getParent');
    return this.parent;
  }
}
