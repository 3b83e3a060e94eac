// What the page shows of a tab: its shape, and the display text of a band of its rows.
import { displayValue } from '../emulator/display-value';
import { cellKey, type SheetData, type WorkbookData } from '../emulator/workbook-data';
import type { FormulaValues } from './formula-values';

/** A tab as the page lays it out. */
export interface SheetShape {
  name: string;
  rows: number;
  columns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  /** Pixel widths of columns a script set, by 0-based column. */
  columnWidths: Record<number, number>;
}

/** Rows `from`..`to` (0-based, end excluded) of a tab as Sheets shows them. */
export interface RowWindow {
  from: number;
  /** Display text per cell; a row stops after its last non-empty cell. */
  rows: string[][];
  /** What the edit box shows for cells whose input differs from their text (formulas), by "row:col". */
  inputs: Record<string, string>;
  /** Cells Sheets aligns right (numbers, dates), by "row:col". */
  right: string[];
  bold: string[];
  /** Error messages (a custom function's exception, #REF!'s reason), by "row:col". */
  notes: Record<string, string>;
}

export function sheetShape(sheet: SheetData): SheetShape {
  return {
    name: sheet.name,
    rows: Math.max(sheet.maxRows, sheet.values.length),
    columns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    hidden: sheet.hidden,
    columnWidths: Object.fromEntries(sheet.columnWidths ?? []),
  };
}

/** The display text of rows `from`..`to` of `sheet`, computed values included. */
export function rowWindow(
  workbook: WorkbookData,
  sheet: SheetData,
  formulas: FormulaValues,
  from: number,
  to: number,
): RowWindow {
  const window: RowWindow = { from, rows: [], inputs: {}, right: [], bold: [], notes: {} };
  const last = Math.min(to, Math.max(sheet.maxRows, sheet.values.length));
  for (let row = from; row < last; row++) {
    const texts: string[] = [];
    let used = 0;
    for (let column = 0; column < sheet.maxColumns; column++) {
      const key = cellKey(row, column);
      const value = formulas.value(sheet, row, column);
      const formula = sheet.formulas.get(key);
      if (value === '' && formula === undefined) {
        texts.push('');
        continue;
      }
      texts.push(displayValue(value, sheet.numberFormats.get(key), workbook.timeZone));
      used = column + 1;
      if (formula !== undefined) window.inputs[key] = formula;
      if (typeof value === 'number' || value instanceof Date) window.right.push(key);
      if (sheet.bold?.has(key)) window.bold.push(key);
      const note = formulas.message(sheet, row, column) ?? sheet.notes?.get(key);
      if (note) window.notes[key] = note;
    }
    window.rows.push(texts.slice(0, used));
  }
  return window;
}
