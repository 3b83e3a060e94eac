// A person typing into a cell: Sheets reads the text as it would (numbers, dates, percents; a leading = is a formula).
import { writeCells } from '../emulator/sheet-grid';
import type { WorkbookData } from '../emulator/workbook-data';

/** The cell a person edits: its tab and 0-based position, and the text typed. */
export interface CellEdit {
  sheet: string;
  row: number;
  column: number;
  text: string;
}

/**
 * Stores `edit` in `workbook` with Range.setValue's reading of typed text (writeCells with the
 * spreadsheet's time zone): "12%" is 0.12 formatted as a percent, "2024-01-05" a date, "'00042" the
 * text 00042, "=SUM(A1:A3)" a formula. Throws for a tab that does not exist or a cell outside its grid.
 */
export function applyUserEdit(workbook: WorkbookData, edit: CellEdit): void {
  const sheet = workbook.sheets.find((s) => s.name === edit.sheet);
  if (!sheet) throw new Error(`No tab named ${edit.sheet}`);
  const rows = Math.max(sheet.maxRows, sheet.values.length);
  const inGrid =
    Number.isInteger(edit.row) &&
    Number.isInteger(edit.column) &&
    edit.row >= 0 &&
    edit.column >= 0 &&
    edit.row < rows &&
    edit.column < sheet.maxColumns;
  if (!inGrid) throw new Error(`Cell ${edit.row + 1}:${edit.column + 1} is outside ${edit.sheet}'s grid`);
  writeCells(sheet, edit.row, edit.column, [[String(edit.text)]], workbook.timeZone);
}
