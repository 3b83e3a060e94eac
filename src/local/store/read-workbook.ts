// Read an .xlsx file (ours, or one saved by Excel, LibreOffice or Google Sheets) into a WorkbookData.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { type CellValue, cellKey, type SheetData, type WorkbookData } from '../emulator/workbook-data';
import { defaultDateFormat } from './default-date-format';
import { fileFingerprint } from './file-fingerprint';
import { frozenPanes } from './frozen-panes';
import { settingsFromKeywords } from './keyword-settings';
import { isPropertyTab, noProperties, readPropertyTab, type StoredProperties } from './property-tab';
import { readCell } from './read-cell';
import { readValidations } from './read-validations';
import type { WorkbookSource } from './workbook-source';
import { WorkbookStoreError } from './workbook-store-error';
import { startsLikeZip } from './zip-signature';

export interface ReadWorkbookOptions {
  /** Time zone when the file stores none (files from Excel, LibreOffice or a Sheets download); default 'Etc/UTC'. */
  timeZone?: string;
  /** Spreadsheet id when the file stores none; default 'local-workbook'. */
  id?: string;
  /** Most cells for which the loaded file is kept in the source; default MAX_KEPT_CELLS. */
  maxKeptCells?: number;
}

/** The grid of a new Google Sheets tab, as emptySheet in workbook-data.ts models it. */
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

/**
 * Above this many cells the loaded file is not kept for the write: exceljs holds each cell as objects of
 * several hundred bytes, and kept beside the emulated workbook while a command runs, a file of 500,000
 * orders (5 million cells) outgrows Node's default heap. Such a file is loaded again for the write, once
 * the command's work is done (see writeWorkbook).
 */
export const MAX_KEPT_CELLS = 2_000_000;

function readSheet(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet, timeZone: string): SheetData {
  const values: CellValue[][] = [];
  const formulas = new Map<string, string>();
  const numberFormats = new Map<string, string>();
  const validations = readValidations(workbook, worksheet, timeZone);
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

  for (const key of validations.keys()) {
    const [row, column] = key.split(':').map(Number);
    gridRows = Math.max(gridRows, row + 1);
    gridColumns = Math.max(gridColumns, column + 1);
  }

  // A rectangle of the used range, '' where empty, as getDataRange().getValues() would return it.
  const rectangle: CellValue[][] = [];
  for (let r = 0; r < valueRows; r++) {
    const source = values[r] ?? [];
    const row: CellValue[] = new Array(valueColumns);
    for (let c = 0; c < valueColumns; c++) row[c] = source[c] ?? '';
    rectangle.push(row);
  }

  const { rows: frozenRows, columns: frozenColumns } = frozenPanes(worksheet);
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

/** A workbook read from a file, with what is needed to write it back keeping everything else in it. */
export interface ReadWorkbookFile {
  workbook: WorkbookData;
  source: WorkbookSource;
  /** The document and script properties the file carries (its property tab; none without one). */
  properties: StoredProperties;
}

/**
 * Reads the .xlsx file at `path`. Values come back as Sheets hands them to scripts: numbers, strings,
 * booleans, Dates (date-formatted cells, read as the wall clock in the spreadsheet's time zone), '' for
 * empty cells; rich text and hyperlinks as their text; error cells as their error text ('#N/A'). Formula
 * cells give their formula text with a leading '=' (shared formulas translated to the cell) and their
 * cached result as the value. The time zone, name and id are those the file stores (see writeWorkbook),
 * else `options.timeZone` or 'Etc/UTC', the file name without its extension, and `options.id` or
 * 'local-workbook'. Each tab's grid is at least Google's 1000 x 26, or the used range when bigger. The
 * property tab (property-tab.ts) is not one of the workbook's tabs: its properties come apart.
 * The source that comes with it is the file as loaded (styles, notes, merges, names, conditional formats,
 * …), unless it has more than MAX_KEPT_CELLS cells (then only their count), and its fingerprint, for writeWorkbook to change only
 * what the workbook holds and to notice another program's change. Rejects with WorkbookStoreError, naming the path and the reason, when the file is
 * missing, unreadable, not an .xlsx workbook, or stores an unknown time zone.
 */
export async function readWorkbookFile(
  path: string,
  options: ReadWorkbookOptions = {},
): Promise<ReadWorkbookFile> {
  let buffer: Buffer;
  let fingerprint: Awaited<ReturnType<typeof fileFingerprint>>;
  try {
    // Taken before the bytes: a change made while reading shows as a change at the save.
    fingerprint = await fileFingerprint(path);
    buffer = await readFile(path);
  } catch (error) {
    throw readFailure(path, error as NodeJS.ErrnoException);
  }
  if (buffer.length === 0) throw new WorkbookStoreError(path, 'not an .xlsx workbook: the file is empty');
  if (!startsLikeZip(buffer)) {
    throw new WorkbookStoreError(path, 'not an .xlsx workbook: the file is not a zip archive');
  }
  const excel = new ExcelJS.Workbook();
  try {
    await excel.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new WorkbookStoreError(path, `not a readable .xlsx workbook: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const propertyTab = excel.worksheets.find(isPropertyTab);
  // The property tab is not a tab of the spreadsheet: in Google the properties are not in any tab.
  const worksheets = excel.worksheets.filter((worksheet) => worksheet !== propertyTab);
  if (worksheets.length === 0) {
    throw new WorkbookStoreError(path, 'not an .xlsx workbook: it has no worksheets');
  }
  const stored = settingsFromKeywords(excel.keywords);
  const timeZone = stored.timeZone ?? options.timeZone ?? 'Etc/UTC';
  if (!isKnownZone(timeZone)) {
    throw new WorkbookStoreError(path, `unknown time zone ${JSON.stringify(timeZone)}`);
  }
  const workbook = {
    id: stored.id ?? options.id ?? 'local-workbook',
    name: excel.title || basename(path, extname(path)),
    timeZone,
    sheets: worksheets.map((worksheet) => readSheet(excel, worksheet, timeZone)),
  };
  const cells = worksheets.reduce(
    (sum, worksheet) => sum + worksheet.actualRowCount * Math.max(worksheet.actualColumnCount, 1),
    0,
  );
  return {
    workbook,
    properties: propertyTab ? readPropertyTab(propertyTab) : noProperties(),
    source:
      cells <= (options.maxKeptCells ?? MAX_KEPT_CELLS) ? { excel, fingerprint } : { fingerprint, cells },
  };
}

/** Reads the .xlsx file at `path` as readWorkbookFile does, without its source. */
export async function readWorkbook(path: string, options: ReadWorkbookOptions = {}): Promise<WorkbookData> {
  return (await readWorkbookFile(path, options)).workbook;
}
