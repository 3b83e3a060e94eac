// The data validations of an exceljs worksheet that Solo CRM knows, as the emulator's rules per cell.
import type ExcelJS from 'exceljs';
import { cellKey, type ValidationRule } from '../emulator/workbook-data';
import { parseA1Address } from './a1-address';
import { readCell } from './read-cell';
import { fromXlsxValidation } from './xlsx-validation';

/** A list validation may name a range; larger ranges than this are not lists a person picks from. */
const MAX_LIST_RANGE_CELLS = 10_000;

/** exceljs's typings leave out the validation table its worksheets (plain and streaming) have. */
export interface WithValidationTable {
  dataValidations: {
    model: Record<string, ExcelJS.DataValidation | undefined>;
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
}

/** The cells of `reference` ('Lists'!$A$1:$A$5, $B$2:$B$9 or a single cell) as text, blanks left out. */
function rangeText(
  workbook: ExcelJS.Workbook,
  current: ExcelJS.Worksheet,
  reference: string,
  timeZone: string,
): string[] | null {
  const match = /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?([^:!]+)(?::([^:!]+))?$/.exec(reference.trim());
  if (!match) return null;
  const sheetName = match[1]?.replace(/''/g, "'") ?? match[2];
  const worksheet = sheetName === undefined ? current : workbook.getWorksheet(sheetName);
  const start = parseA1Address(match[3]);
  const end = match[4] === undefined ? start : parseA1Address(match[4]);
  if (!worksheet || !start || !end) return null;
  const rows = Math.abs(end.row - start.row) + 1;
  const columns = Math.abs(end.column - start.column) + 1;
  if (rows * columns > MAX_LIST_RANGE_CELLS) return null;
  const texts: string[] = [];
  for (let r = Math.min(start.row, end.row); r <= Math.max(start.row, end.row); r++) {
    for (let c = Math.min(start.column, end.column); c <= Math.max(start.column, end.column); c++) {
      const { value } = readCell(worksheet.getCell(r + 1, c + 1), timeZone);
      if (value !== '') texts.push(value instanceof Date ? value.toISOString() : String(value));
    }
  }
  return texts;
}

/**
 * The rules of the validations on `worksheet`, keyed by cell ('row:col', 0-based). Validations of kinds
 * Solo CRM does not use (custom formulas, text length, …) are left out; a list given as a range reference
 * is read from the cells it names (of any tab of `workbook`).
 */
export function readValidations(
  workbook: ExcelJS.Workbook,
  worksheet: ExcelJS.Worksheet,
  timeZone: string,
): Map<string, ValidationRule> {
  const rules = new Map<string, ValidationRule>();
  const table = (worksheet as unknown as WithValidationTable).dataValidations.model;
  for (const [address, validation] of Object.entries(table)) {
    const at = parseA1Address(address);
    if (!at || !validation) continue;
    const rule = fromXlsxValidation(validation, (reference) =>
      rangeText(workbook, worksheet, reference, timeZone),
    );
    if (rule) rules.set(cellKey(at.row, at.column), rule);
  }
  return rules;
}
