// What one cell of the emulated workbook becomes in exceljs: its value (or formula) and number format.
import type ExcelJS from 'exceljs';
import type { CellValue, SheetData } from '../emulator/workbook-data';
import { a1Address } from './a1-address';
import { defaultDateFormat } from './default-date-format';
import { escapeXlsxText } from './escape-xlsx-text';
import { wallClockOf } from './wall-clock';

/** Excel's limit on the characters in one cell [support.microsoft.com, "Excel specifications and limits"]. */
const MAX_CELL_TEXT = 32_767;

/** The error values a formula can result in; Sheets' getValues hands them to scripts as these strings. */
const ERROR_VALUES = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!']);

type XlsxErrorValue = '#N/A' | '#REF!' | '#NAME?' | '#DIV/0!' | '#NULL!' | '#VALUE!' | '#NUM!';
type XlsxScalar = string | number | boolean | Date;

/** One cell as exceljs takes it: `value` undefined when only a format is set. */
export interface XlsxCell {
  value: ExcelJS.CellValue | undefined;
  numFmt: string | undefined;
}

function fail(sheet: SheetData, row: number, column: number, reason: string): never {
  throw new Error(`${sheet.name}!${a1Address(row, column)}: ${reason}`);
}

/** The scalar exceljs writes for a value: Dates become the wall clock in the spreadsheet's zone. */
function toXlsxScalar(
  value: CellValue,
  sheet: SheetData,
  row: number,
  column: number,
  timeZone: string,
): XlsxScalar {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) fail(sheet, row, column, 'the date is invalid');
    return wallClockOf(value, timeZone);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(sheet, row, column, `${value} is not a finite number`);
    return value;
  }
  if (typeof value === 'string') {
    if (value.length > MAX_CELL_TEXT) {
      fail(
        sheet,
        row,
        column,
        `${value.length} characters is more than the ${MAX_CELL_TEXT} a cell can hold`,
      );
    }
    return value;
  }
  if (typeof value === 'boolean') return value;
  return fail(sheet, row, column, `${String(value)} is not a cell value`);
}

/**
 * The cell at (`row`, `column`) of `sheet` for exceljs, or null when it holds nothing (no value, formula
 * or format). Formulas carry their value as the cached result (error texts as error values), text is
 * escaped for XML (escapeXlsxText), and a Date without a number format gets yyyy-mm-dd (with the time
 * when past midnight). Throws Error naming the cell for a value .xlsx cannot hold.
 */
export function xlsxCell(sheet: SheetData, row: number, column: number, timeZone: string): XlsxCell | null {
  const key = `${row}:${column}`;
  const value = sheet.values[row]?.[column] ?? '';
  const formula = sheet.formulas.get(key);
  let numFmt = sheet.numberFormats.get(key);
  if (formula === undefined && value === '' && numFmt === undefined) return null;
  const scalar = value === '' ? undefined : toXlsxScalar(value, sheet, row, column, timeZone);
  if (numFmt === undefined && scalar instanceof Date) numFmt = defaultDateFormat(scalar);
  if (formula !== undefined) {
    const result =
      typeof scalar === 'string' && ERROR_VALUES.has(scalar) ? { error: scalar as XlsxErrorValue } : scalar;
    return {
      value: { formula: formula.startsWith('=') ? formula.slice(1) : formula, result } as ExcelJS.CellValue,
      numFmt,
    };
  }
  return { value: typeof scalar === 'string' ? escapeXlsxText(scalar) : scalar, numFmt };
}
