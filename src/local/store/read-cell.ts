// What one exceljs cell holds, as Sheets would hand it to a script: its value and its formula text.
import type ExcelJS from 'exceljs';
import type { CellValue } from '../emulator/workbook-data';
import { instantOfWallClock } from './wall-clock';

/** The stored form of what a cell shows: a value with, for formula cells, the formula text. */
export interface ReadCell {
  value: CellValue;
  formula?: string;
  /** The wall-clock Date exceljs produced, to recognise the default format written with it. */
  wall?: Date;
}

function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value) {
    return (value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join('');
  }
  return value === undefined || value === null ? '' : String(value);
}

/** A scalar or formula result as Sheets' getValues gives it: error cells read as their error text. */
function scalar(value: unknown, timeZone: string): Pick<ReadCell, 'value' | 'wall'> {
  if (value === undefined || value === null) return { value: '' };
  if (value instanceof Date) return { value: instantOfWallClock(value, timeZone), wall: value };
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return { value };
  if (typeof value === 'object' && 'error' in value)
    return { value: String((value as ExcelJS.CellErrorValue).error) };
  return { value: plainText(value) };
}

/**
 * The value of `cell` (Dates read as the wall clock in `timeZone`), rich text and hyperlinks as their
 * text, error cells as their error text, formula cells with their formula ('=' first, shared formulas
 * translated to the cell) and cached result; '' for the cells of a merged range other than its top left.
 */
export function readCell(cell: ExcelJS.Cell, timeZone: string): ReadCell {
  // Sheets shows a merged range's value in its top-left cell only.
  if (cell.isMerged && cell.master !== cell) return { value: '' };
  const raw = cell.value;
  if (raw && typeof raw === 'object' && !(raw instanceof Date)) {
    if ('formula' in raw || 'sharedFormula' in raw) {
      // cell.formula translates a shared formula to this cell's position.
      const text = cell.formula || (raw as ExcelJS.CellFormulaValue).formula;
      return { ...scalar((raw as ExcelJS.CellFormulaValue).result, timeZone), formula: `=${text}` };
    }
    if ('hyperlink' in raw) return { value: plainText((raw as ExcelJS.CellHyperlinkValue).text) };
  }
  return scalar(raw, timeZone);
}
