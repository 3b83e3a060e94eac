// The in-memory workbook behind the emulated SpreadsheetApp, shared with the .xlsx store.

/** A stored cell value as Google Sheets hands it to scripts; an empty cell is ''. */
export type CellValue = string | number | boolean | Date;

/** A data validation rule on a cell, reduced to what Solo CRM sets up. */
export type ValidationRule =
  | { kind: 'list'; values: string[]; allowInvalid: boolean }
  | { kind: 'number-between'; min: number; max: number; allowInvalid: boolean }
  | { kind: 'date'; allowInvalid: boolean }
  | { kind: 'checkbox'; allowInvalid: boolean };

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
