// The in-memory workbook behind the emulated SpreadsheetApp, shared with the .xlsx store.

/** A stored cell value as Google Sheets hands it to scripts; an empty cell is ''. */
export type CellValue = string | number | boolean | Date;

/** A data validation rule on a cell, reduced to what Solo CRM sets up. */
export type ValidationRule =
  | { kind: 'list'; values: string[]; allowInvalid: boolean }
  | { kind: 'number-between'; min: number; max: number; allowInvalid: boolean }
  | { kind: 'date'; allowInvalid: boolean }
  | { kind: 'checkbox'; allowInvalid: boolean };

/** An embedded chart as the emulator models it: its kind, title, data block and anchor cell (1-based). */
export interface ChartData {
  chartId: number;
  kind: 'area' | 'bar' | 'column' | 'line' | 'pie' | 'scatter' | 'table' | 'combo' | 'histogram';
  /** Data blocks, 1-based rectangles of the chart's sheet. */
  ranges: Array<{ row: number; column: number; numRows: number; numColumns: number }>;
  anchorRow: number;
  anchorColumn: number;
  numHeaders: number;
  /** setOption values (title, width, height, legend, …). */
  options: Record<string, unknown>;
}

/** One tab. Rows of `values` may be shorter than the grid: missing cells are empty. Keys of the maps are `row:col`, 0-based. */
export interface SheetData {
  name: string;
  sheetId: number;
  values: CellValue[][];
  formulas: Map<string, string>;
  numberFormats: Map<string, string>;
  validations: Map<string, ValidationRule>;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  /** Keys of the cells whose font is bold. */
  bold?: Set<string>;
  /** Notes of cells, by key. */
  notes?: Map<string, string>;
  /** Widths in pixels of columns set by a script, by 0-based column; Google's default is 100. */
  columnWidths?: Map<number, number>;
  /** The tab's filter: a 1-based rectangle whose first row holds the filter buttons. */
  filter?: { row: number; column: number; numRows: number; numColumns: number } | null;
  charts?: ChartData[];
  /** Grid size: Google's new tab is 1000 rows by 26 columns. */
  maxRows: number;
  maxColumns: number;
}

export interface WorkbookData {
  id: string;
  name: string;
  /** IANA time zone of the spreadsheet (File > Settings). */
  timeZone: string;
  sheets: SheetData[];
  /** sheetId of the tab the spreadsheet opens on; the first visible tab when unset. */
  activeSheetId?: number;
}

/** Key of a cell in the sparse maps, 0-based. */
export function cellKey(row: number, column: number): string {
  return `${row}:${column}`;
}

/** A new empty tab with Google's default grid. */
export function emptySheet(name: string, sheetId: number): SheetData {
  return {
    name,
    sheetId,
    values: [],
    formulas: new Map(),
    numberFormats: new Map(),
    validations: new Map(),
    frozenRows: 0,
    frozenColumns: 0,
    hidden: false,
    maxRows: 1000,
    maxColumns: 26,
  };
}

/** A new workbook with one empty tab, as Google creates it. */
export function emptyWorkbook(name = 'Untitled spreadsheet', timeZone = 'Etc/UTC'): WorkbookData {
  return { id: 'local-workbook', name, timeZone, sheets: [emptySheet('Sheet1', 0)] };
}
