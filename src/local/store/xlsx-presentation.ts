// How a tab looks in .xlsx: bold cells, notes, column widths and the filter, from the emulated workbook.
import type ExcelJS from 'exceljs';
import type { SheetData, WorkbookData } from '../emulator/workbook-data';
import { a1Address } from './a1-address';

/**
 * Excel's column width is in characters of its default font: a column of w characters is 7w + 5
 * pixels wide [learn.microsoft.com, "ColumnWidth" of the Open XML SDK], so w = (px − 5) / 7.
 */
export function xlsxColumnWidth(pixels: number): number {
  return Math.max(0, Math.round(((pixels - 5) / 7) * 100) / 100);
}

/** The widths of the tab's columns for exceljs, up to the last one set (unset ones keep the default). */
export function xlsxColumns(sheet: SheetData): Array<{ width?: number }> {
  const widths = sheet.columnWidths;
  if (!widths || widths.size === 0) return [];
  const last = Math.max(...widths.keys());
  return Array.from({ length: last + 1 }, (_, c) => {
    const px = widths.get(c);
    return px === undefined ? {} : { width: xlsxColumnWidth(px) };
  });
}

/** The filter's range in A1 notation, or undefined when the tab has none. */
export function xlsxAutoFilter(sheet: SheetData): string | undefined {
  const filter = sheet.filter;
  if (!filter) return undefined;
  const from = a1Address(filter.row - 1, filter.column - 1);
  const to = a1Address(filter.row + filter.numRows - 2, filter.column + filter.numColumns - 2);
  return `${from}:${to}`;
}

/** Makes a cell bold and gives it its note, as the emulated tab has them (row and column 0-based). */
export function dressXlsxCell(cell: ExcelJS.Cell, sheet: SheetData, row: number, column: number): void {
  const key = `${row}:${column}`;
  if (sheet.bold?.has(key) && !cell.font?.bold) cell.font = { ...(cell.font ?? {}), bold: true };
  const note = sheet.notes?.get(key);
  if (note !== undefined && cell.note !== note) cell.note = note;
}

/** Index of the tab the file opens on: the active one when visible, else the first visible one. */
export function activeTabIndex(workbook: WorkbookData): number {
  const active = workbook.sheets.findIndex(
    (sheet) => sheet.sheetId === workbook.activeSheetId && !sheet.hidden,
  );
  return active >= 0 ? active : workbook.sheets.findIndex((sheet) => !sheet.hidden);
}
