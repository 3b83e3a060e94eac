// Read an .xlsx file (ours, or one saved by Excel, LibreOffice or Google Sheets) into a WorkbookData.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import {
  type CellValue,
  cellKey,
  type SheetData,
  type ValidationRule,
  type WorkbookData,
} from '../emulator/workbook-data';
import { parseA1Address } from './a1-address';
import { defaultDateFormat } from './default-date-format';
import { settingsFromKeywords } from './keyword-settings';
import { instantOfWallClock } from './wall-clock';
import { WorkbookStoreError } from './workbook-store-error';
import { fromXlsxValidation } from './xlsx-validation';

export interface ReadWorkbookOptions {
  /** Time zone when the file stores none (files from Excel, LibreOffice or a Sheets download); default 'Etc/UTC'. */
  timeZone?: string;
  /** Spreadsheet id when the file stores none; default 'local-workbook'. */
  id?: string;
}

/** The grid of a new Google Sheets tab, as emptySheet in workbook-data.ts models it. */
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

/** A list validation may name a range; larger ranges than this are not lists a person picks from. */
const MAX_LIST_RANGE_CELLS = 10_000;

/** Every .xlsx is a zip archive, which starts with a local file header [PKWARE APPNOTE.TXT 4.3.7]. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** The stored form of what a cell shows: a value with, for formula cells, the formula text. */
interface ReadCell {
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

function readCell(cell: ExcelJS.Cell, timeZone: string): ReadCell {
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

function readSheet(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet, timeZone: string): SheetData {
  const values: CellValue[][] = [];
  const formulas = new Map<string, string>();
  const numberFormats = new Map<string, string>();
  const validations = new Map<string, ValidationRule>();
  let valueRows = 0;
  let valueColumns = 0;
  let gridRows = 0;
  let gridColumns = 0;

  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const c = columnNumber - 1;
      const read = readCell(cell, timeZone);
      const key = cellKey(r, c);
      if (read.value !== '' || read.formula !== undefined) {
        values[r] ??= [];
        values[r][c] = read.value;
        valueRows = Math.max(valueRows, r + 1);
        valueColumns = Math.max(valueColumns, c + 1);
      }
      if (read.formula !== undefined) formulas.set(key, read.formula);
      const format = cell.numFmt;
      // The format the writer gives a date without one is dropped again, so a round trip adds nothing.
      if (format && format !== 'General' && !(read.wall && format === defaultDateFormat(read.wall))) {
        numberFormats.set(key, format);
      }
      if (read.value !== '' || read.formula !== undefined || numberFormats.has(key)) {
        gridRows = Math.max(gridRows, r + 1);
        gridColumns = Math.max(gridColumns, c + 1);
      }
    });
  });

  const table = (
    worksheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
  ).dataValidations.model;
  for (const [address, validation] of Object.entries(table)) {
    const at = parseA1Address(address);
    if (!at) continue;
    const rule = fromXlsxValidation(validation, (reference) =>
      rangeText(workbook, worksheet, reference, timeZone),
    );
    if (!rule) continue;
    validations.set(cellKey(at.row, at.column), rule);
    gridRows = Math.max(gridRows, at.row + 1);
    gridColumns = Math.max(gridColumns, at.column + 1);
  }

  // A rectangle of the used range, '' where empty, as getDataRange().getValues() would return it.
  const rectangle: CellValue[][] = [];
  for (let r = 0; r < valueRows; r++) {
    const source = values[r] ?? [];
    const row: CellValue[] = new Array(valueColumns);
    for (let c = 0; c < valueColumns; c++) row[c] = source[c] ?? '';
    rectangle.push(row);
  }

  const view = worksheet.views?.[0];
  const frozen = view?.state === 'frozen';
  const frozenRows = frozen ? (view.ySplit ?? 0) : 0;
  const frozenColumns = frozen ? (view.xSplit ?? 0) : 0;
  return {
    name: worksheet.name,
    sheetId: worksheet.id - 1,
    values: rectangle,
    formulas,
    numberFormats,
    validations,
    frozenRows,
    frozenColumns,
    hidden: worksheet.state !== 'visible',
    maxRows: Math.max(DEFAULT_ROWS, gridRows, frozenRows),
    maxColumns: Math.max(DEFAULT_COLUMNS, gridColumns, frozenColumns),
  };
}

function readFailure(path: string, error: NodeJS.ErrnoException): WorkbookStoreError {
  const reasons: Record<string, string> = {
    ENOENT: 'cannot read workbook: no such file',
    EISDIR: 'cannot read workbook: it is a directory, not a file',
    EACCES: 'cannot read workbook: permission denied',
    EPERM: 'cannot read workbook: permission denied',
  };
  const reason = (error.code && reasons[error.code]) ?? `cannot read workbook: ${error.message}`;
  return new WorkbookStoreError(path, reason, { cause: error });
}

function isKnownZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the .xlsx file at `path`. Values come back as Sheets hands them to scripts: numbers, strings,
 * booleans, Dates (date-formatted cells, read as the wall clock in the spreadsheet's time zone), '' for
 * empty cells; rich text and hyperlinks as their text; error cells as their error text ('#N/A'). Formula
 * cells give their formula text with a leading '=' (shared formulas translated to the cell) and their
 * cached result as the value. The time zone, name and id are those the file stores (see writeWorkbook),
 * else `options.timeZone` or 'Etc/UTC', the file name without its extension, and `options.id` or
 * 'local-workbook'. Each tab's grid is at least Google's 1000 x 26, or the used range when bigger.
 * Rejects with WorkbookStoreError, naming the path and the reason, when the file is missing, unreadable,
 * not an .xlsx workbook, or stores an unknown time zone.
 */
export async function readWorkbook(path: string, options: ReadWorkbookOptions = {}): Promise<WorkbookData> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    throw readFailure(path, error as NodeJS.ErrnoException);
  }
  if (buffer.length === 0) throw new WorkbookStoreError(path, 'not an .xlsx workbook: the file is empty');
  if (ZIP_SIGNATURE.some((byte, i) => buffer[i] !== byte)) {
    throw new WorkbookStoreError(path, 'not an .xlsx workbook: the file is not a zip archive');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new WorkbookStoreError(path, `not a readable .xlsx workbook: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (workbook.worksheets.length === 0) {
    throw new WorkbookStoreError(path, 'not an .xlsx workbook: it has no worksheets');
  }
  const stored = settingsFromKeywords(workbook.keywords);
  const timeZone = stored.timeZone ?? options.timeZone ?? 'Etc/UTC';
  if (!isKnownZone(timeZone)) {
    throw new WorkbookStoreError(path, `unknown time zone ${JSON.stringify(timeZone)}`);
  }
  return {
    id: stored.id ?? options.id ?? 'local-workbook',
    name: workbook.title || basename(path, extname(path)),
    timeZone,
    sheets: workbook.worksheets.map((worksheet) => readSheet(workbook, worksheet, timeZone)),
  };
}
