// Apps Script adapter of the Workbook port: one getValues per read, one setValues per written block.
/// <reference types="google-apps-script" />
import type { Cell, ChartSpec, ColumnValidation, Workbook } from '../app/ports';
import { neutralizeFormula } from '../core/clean/neutralize-formula';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Sheets' plain text format, for the cells of a short row of formatBlock. */
const PLAIN_TEXT = '@';
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Drops trailing rows whose cells are all empty (getDataRange of an empty tab is A1 = ''). */
function trimTrailingEmptyRows(values: Cell[][]): Cell[][] {
  let end = values.length;
  while (end > 0 && values[end - 1].every((v) => v === '' || v === null || v === undefined)) end--;
  return end === values.length ? values : values.slice(0, end);
}

/** The Workbook port over a Google spreadsheet (the active one in Apps Script, the emulated one locally). */
export class SpreadsheetWorkbook implements Workbook {
  private readonly sheets = new Map<string, Sheet>();

  constructor(private readonly spreadsheet: Spreadsheet) {}

  /** The workbook of the spreadsheet the script is bound to. */
  static active(): SpreadsheetWorkbook {
    return new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  }

  timeZone(): string {
    return this.spreadsheet.getSpreadsheetTimeZone();
  }

  tabNames(): string[] {
    return this.spreadsheet.getSheets().map((sheet) => {
      const name = sheet.getName();
      this.sheets.set(name, sheet);
      return name;
    });
  }

  readTab(tab: string): Cell[][] {
    const sheet = this.find(tab);
    if (!sheet) return [];
    return trimTrailingEmptyRows(sheet.getDataRange().getValues() as Cell[][]);
  }

  readHeader(tab: string): Cell[] {
    const sheet = this.find(tab);
    if (!sheet) return [];
    const columns = sheet.getLastColumn();
    if (columns < 1) return [];
    const header = sheet.getRange(1, 1, 1, columns).getValues()[0] as Cell[];
    let end = header.length;
    while (end > 0 && header[end - 1] === '') end--;
    return header.slice(0, end);
  }

  readBlock(tab: string, row: number, column: number, rows: number, columns: number): Cell[][] {
    if (rows < 1 || columns < 1) return [];
    const sheet = this.sheet(tab);
    const maxRows = sheet.getMaxRows();
    const maxColumns = sheet.getMaxColumns();
    const inRows = Math.max(0, Math.min(rows, maxRows - row + 1));
    const inColumns = Math.max(0, Math.min(columns, maxColumns - column + 1));
    const values =
      inRows > 0 && inColumns > 0
        ? (sheet.getRange(row, column, inRows, inColumns).getValues() as Cell[][])
        : [];
    const out: Cell[][] = [];
    for (let r = 0; r < rows; r++) {
      const cells = values[r] ?? [];
      out.push(
        cells.length === columns ? cells : [...cells, ...new Array<Cell>(columns - cells.length).fill('')],
      );
    }
    return out;
  }

  readColumn(tab: string, column: number, fromRow: number): Cell[] {
    const sheet = this.find(tab);
    if (!sheet) return [];
    const last = sheet.getLastRow();
    if (last < fromRow) return [];
    return sheet
      .getRange(fromRow, column, last - fromRow + 1, 1)
      .getValues()
      .map((row) => row[0] as Cell);
  }

  writeBlock(tab: string, row: number, column: number, values: Cell[][]): void {
    const width = values.reduce((max, cells) => Math.max(max, cells.length), 0);
    if (width === 0) return;
    // setValues needs a rectangle: short rows are padded with empty cells. Sheets parses what a
    // script writes as if it were typed, and getValues returns text without the apostrophe that kept
    // it text, so a value read back and written again ("=HYPERLINK(…)" as a name) would become a
    // formula: every such string is neutralised again here, at the one place that writes.
    const block = values.map((cells) => {
      const row = cells.map((cell) =>
        typeof cell === 'string' ? (neutralizeFormula(cell) as string) : cell,
      );
      return row.length === width ? row : [...row, ...new Array<Cell>(width - row.length).fill('')];
    });
    const sheet = this.sheet(tab);
    const lastRow = row + block.length - 1;
    const lastColumn = column + width - 1;
    const maxRows = sheet.getMaxRows();
    const maxColumns = sheet.getMaxColumns();
    if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
    if (lastRow > maxRows) this.growRows(sheet, maxRows, lastRow - maxRows);
    sheet.getRange(row, column, block.length, width).setValues(block);
  }

  appendRows(tab: string, rows: Cell[][]): number {
    const first = this.sheet(tab).getLastRow() + 1;
    this.writeBlock(tab, first, 1, rows);
    return first;
  }

  deleteRows(tab: string, row: number, count: number): void {
    if (count < 1) return;
    const sheet = this.sheet(tab);
    // Sheets refuses to delete every row below the frozen ones: keep one empty row.
    const maxRows = sheet.getMaxRows();
    if (maxRows - count <= sheet.getFrozenRows()) sheet.insertRowsAfter(maxRows, 1);
    sheet.deleteRows(row, count);
  }

  clearRows(tab: string, fromRow: number): void {
    const sheet = this.find(tab);
    if (!sheet) return;
    const last = sheet.getLastRow();
    const columns = sheet.getLastColumn();
    if (last < fromRow || columns < 1) return;
    sheet.getRange(fromRow, 1, last - fromRow + 1, columns).clearContent();
  }

  createTab(tab: string): void {
    if (this.find(tab)) throw new Error(`A tab named "${tab}" already exists.`);
    const sheet = this.spreadsheet.insertSheet(tab, this.spreadsheet.getSheets().length);
    this.sheets.set(tab, sheet);
  }

  hideTab(tab: string): void {
    this.sheet(tab).hideSheet();
  }

  freezeRows(tab: string, rows: number): void {
    this.sheet(tab).setFrozenRows(rows);
  }

  formatColumn(tab: string, column: number, numberFormat: string): void {
    this.belowHeader(tab, column).setNumberFormat(numberFormat);
  }

  validateColumn(tab: string, column: number, rule: ColumnValidation): void {
    this.belowHeader(tab, column).setDataValidation(dataValidation(rule));
  }

  validateCell(tab: string, row: number, column: number, rule: ColumnValidation): void {
    this.sheet(tab).getRange(row, column).setDataValidation(dataValidation(rule));
  }

  formatBlock(tab: string, row: number, column: number, numberFormats: string[][]): void {
    const width = numberFormats.reduce((max, cells) => Math.max(max, cells.length), 0);
    if (width === 0) return;
    const block = numberFormats.map((cells) =>
      Array.from({ length: width }, (_, i) => cells[i] ?? PLAIN_TEXT),
    );
    this.sheet(tab).getRange(row, column, block.length, width).setNumberFormats(block);
  }

  boldHeader(tab: string, first: number, count: number): void {
    if (count < 1) return;
    this.sheet(tab).getRange(1, first, 1, count).setFontWeight('bold');
  }

  setColumnWidths(tab: string, first: number, widths: readonly number[]): void {
    const sheet = this.sheet(tab);
    const last = first + widths.length - 1;
    const maxColumns = sheet.getMaxColumns();
    if (last > maxColumns) sheet.insertColumnsAfter(maxColumns, last - maxColumns);
    // One call per column: Sheets has no call that sets different widths at once.
    widths.forEach((width, i) => {
      sheet.setColumnWidth(first + i, Math.round(width));
    });
  }

  addFilter(tab: string, columns: number): void {
    const sheet = this.sheet(tab);
    if (columns < 1 || sheet.getFilter()) return;
    sheet.getRange(1, 1, sheet.getMaxRows(), columns).createFilter();
  }

  setHeaderNotes(tab: string, first: number, notes: readonly string[]): void {
    if (notes.length === 0) return;
    this.sheet(tab)
      .getRange(1, first, 1, notes.length)
      .setNotes([notes.map((note) => note || null)]);
  }

  replaceCharts(tab: string, charts: readonly ChartSpec[]): void {
    const sheet = this.sheet(tab);
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    for (const spec of charts) {
      const { row, column, rows, columns } = spec.source;
      const builder = sheet.newChart();
      const typed =
        spec.kind === 'pie'
          ? builder.asPieChart()
          : spec.kind === 'bar'
            ? builder.asBarChart()
            : spec.kind === 'line'
              ? builder.asLineChart()
              : builder.asColumnChart();
      const chart = typed
        .addRange(sheet.getRange(row, column, rows, columns))
        .setNumHeaders(1)
        .setPosition(spec.anchor.row, spec.anchor.column, 0, 0)
        .setOption('title', spec.title)
        // A block with several value columns (predicted and actual) needs its series named.
        .setOption('legend', { position: spec.kind === 'pie' ? 'right' : columns > 2 ? 'bottom' : 'none' })
        .setOption('width', spec.width)
        .setOption('height', spec.height)
        .build();
      sheet.insertChart(chart);
    }
  }

  activateTab(tab: string): void {
    this.spreadsheet.setActiveSheet(this.sheet(tab));
  }

  deleteTab(tab: string): void {
    this.spreadsheet.deleteSheet(this.sheet(tab));
    this.sheets.delete(tab);
  }

  flush(): void {
    SpreadsheetApp.flush();
  }

  /**
   * Adds `count` rows below the grid's last row `maxRows`, with that row's number formats and data
   * validation copied onto them, so a column formatted and validated by Set up stays so to the end
   * of the grid however many rows an import adds (two calls, whatever the count). A header row
   * alone is not copied: its bold would spread to the data.
   */
  private growRows(sheet: Sheet, maxRows: number, count: number): void {
    sheet.insertRowsAfter(maxRows, count);
    if (maxRows <= Math.max(1, sheet.getFrozenRows())) return;
    const last = sheet.getRange(maxRows, 1, 1, sheet.getMaxColumns());
    const added = sheet.getRange(maxRows + 1, 1, count, sheet.getMaxColumns());
    last.copyTo(added, SpreadsheetApp.CopyPasteType.PASTE_FORMAT, false);
    last.copyTo(added, SpreadsheetApp.CopyPasteType.PASTE_DATA_VALIDATION, false);
  }

  /** The range of a column from row 2 to the end of the grid. */
  private belowHeader(tab: string, column: number): GoogleAppsScript.Spreadsheet.Range {
    const sheet = this.sheet(tab);
    const maxColumns = sheet.getMaxColumns();
    if (column > maxColumns) sheet.insertColumnsAfter(maxColumns, column - maxColumns);
    return sheet.getRange(2, column, Math.max(1, sheet.getMaxRows() - 1), 1);
  }

  private find(tab: string): Sheet | null {
    const cached = this.sheets.get(tab);
    if (cached) return cached;
    const sheet = this.spreadsheet.getSheetByName(tab);
    if (sheet) this.sheets.set(tab, sheet);
    return sheet;
  }

  private sheet(tab: string): Sheet {
    const sheet = this.find(tab);
    if (!sheet) throw new Error(`The tab "${tab}" does not exist; run Solo CRM > Set up first.`);
    return sheet;
  }
}

/** The Sheets rule of a validation; invalid input is warned about, not rejected. */
function dataValidation(rule: ColumnValidation): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  switch (rule.kind) {
    case 'list':
      builder.requireValueInList([...rule.values], true);
      break;
    case 'number-between':
      builder.requireNumberBetween(rule.min, rule.max);
      break;
    case 'date':
      builder.requireDate();
      break;
    case 'checkbox':
      builder.requireCheckbox();
      break;
  }
  // Rejecting invalid input would make a paste of legacy data fail; a warning keeps it visible instead.
  return builder.setAllowInvalid(true).build();
}
