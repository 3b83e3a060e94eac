// Build a WorkbookData from plain tables, one per tab, as a script's setValues would fill them.
import { type CellValue, cellKey, emptySheet, type WorkbookData } from '../emulator/workbook-data';

export interface WorkbookFromTablesOptions {
  name?: string;
  /** IANA zone; default 'Etc/UTC'. */
  timeZone?: string;
  id?: string;
  /** Rows frozen on every tab, e.g. 1 to keep a header row in view; default 0. */
  frozenRows?: number;
  /** Names of tabs to hide. */
  hidden?: string[];
}

/**
 * A workbook whose tabs, in key order, hold `tables`. As with Range.setValues, a string starting with '='
 * becomes a formula (with no cached value yet). Rows are copied, so later edits to `tables` do not leak in.
 * Each grid is Google's 1000 x 26 or the table's size when bigger.
 * Throws Error when there is no table or a name in `options.hidden` is not a table.
 */
export function workbookFromTables(
  tables: Record<string, CellValue[][]>,
  options: WorkbookFromTablesOptions = {},
): WorkbookData {
  const names = Object.keys(tables);
  if (names.length === 0) throw new Error('workbookFromTables needs at least one table');
  const hidden = new Set(options.hidden ?? []);
  for (const name of hidden) {
    if (!(name in tables)) throw new Error(`cannot hide ${JSON.stringify(name)}: there is no such table`);
  }
  const sheets = names.map((name, index) => {
    const sheet = emptySheet(name, index);
    sheet.values = tables[name].map((row, r) =>
      row.map((value, c) => {
        if (typeof value === 'string' && value.startsWith('=')) {
          sheet.formulas.set(cellKey(r, c), value);
          return '';
        }
        return value;
      }),
    );
    sheet.frozenRows = options.frozenRows ?? 0;
    sheet.hidden = hidden.has(name);
    sheet.maxRows = Math.max(sheet.maxRows, sheet.values.length);
    sheet.maxColumns = sheet.values.reduce((widest, row) => Math.max(widest, row.length), sheet.maxColumns);
    return sheet;
  });
  return {
    id: options.id ?? 'local-workbook',
    name: options.name ?? 'Untitled spreadsheet',
    timeZone: options.timeZone ?? 'Etc/UTC',
    sheets,
  };
}
