// Cell storage operations on one SheetData: batched reads and writes, last row/column, row and column shifts.
import { typedValue } from './typed-text';
import { isAnyDate, type ValueRealm } from './value-realm';
import { type CellValue, cellKey, type SheetData } from './workbook-data';

/** A 0-based rectangle of cells. */
export interface CellBlock {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/**
 * The value stored for what a script writes: null/undefined become "", a Date of any realm becomes a
 * fresh Date of this realm (so the caller cannot mutate the store), numbers, booleans and strings are kept,
 * anything else is stored as its String().
 */
export function storedValue(value: unknown): CellValue {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'undefined':
      return '';
    default:
      if (value === null) return '';
      if (isAnyDate(value)) return new Date(value.getTime());
      return String(value);
  }
}

/** True when a written string is a formula (Sheets treats text starting with "=" as one). */
export function isFormulaText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 1 && value.charCodeAt(0) === 61;
}

function rowFor(sheet: SheetData, row: number, minLength: number): CellValue[] {
  const values = sheet.values;
  while (values.length <= row) values.push([]);
  const target = values[row];
  // Keep rows dense: a hole would read back as undefined instead of "".
  while (target.length < minLength) target.push('');
  return target;
}

/** True when a written string starts with the apostrophe that makes Sheets keep the rest as plain text. */
function isQuotedText(value: unknown): value is string {
  return typeof value === 'string' && value.charCodeAt(0) === 39;
}

/** Sheets' plain text number format: a string written into such a cell is kept exactly as it is. */
export const PLAIN_TEXT_FORMAT = '@';

/**
 * Writes `data` (rectangular, already checked) with its top-left cell at (`row`, `column`), 0-based.
 * Strings starting with "=" are stored as formulas whose last value is "" (formulas are not evaluated);
 * a string starting with an apostrophe is stored as the text after it, as Sheets does when one is typed
 * or written by a script (the apostrophe shows only in the edit box, getValues never returns it);
 * any other value replaces a formula. With `typedIn`, the spreadsheet's time zone, every other string
 * is read as if typed (typedValue: "00042" is 42, "TRUE" true, "2024-01-05" a date, "12%" 0.12) unless
 * the cell's number format is plain text "@"; an unformatted cell then takes the format the reading
 * implies (a date's, a percent's). Values that are not strings are stored as they are.
 */
export function writeCells(
  sheet: SheetData,
  row: number,
  column: number,
  data: readonly unknown[][],
  typedIn?: string,
): void {
  const { formulas, numberFormats } = sheet;
  for (let i = 0; i < data.length; i++) {
    const source = data[i];
    const target = rowFor(sheet, row + i, column);
    for (let j = 0; j < source.length; j++) {
      const raw = source[j];
      if (isFormulaText(raw)) {
        formulas.set(cellKey(row + i, column + j), raw);
        target[column + j] = '';
        continue;
      }
      if (formulas.size > 0) formulas.delete(cellKey(row + i, column + j));
      if (isQuotedText(raw)) {
        target[column + j] = raw.slice(1);
        continue;
      }
      const typed = typedIn !== undefined && typeof raw === 'string' ? typedValue(raw, typedIn) : null;
      if (typed === null) {
        target[column + j] = storedValue(raw);
        continue;
      }
      // Only a string that reads as a value pays for the format lookup.
      const key = cellKey(row + i, column + j);
      const format = numberFormats.get(key);
      if (format === PLAIN_TEXT_FORMAT) {
        target[column + j] = raw as string;
        continue;
      }
      target[column + j] = typed.value;
      if (format === undefined && typed.numberFormat !== undefined)
        numberFormats.set(key, typed.numberFormat);
    }
  }
}

/** Writes one value into every cell of `block` (Range.setValue on a multi-cell range), as writeCells does. */
export function fillCells(sheet: SheetData, block: CellBlock, value: unknown, typedIn?: string): void {
  const row = new Array<unknown>(block.numColumns).fill(value);
  writeCells(
    sheet,
    block.row,
    block.column,
    Array.from({ length: block.numRows }, () => row),
    typedIn,
  );
}

/**
 * The values of `block` as arrays of `realm`: "" for empty cells, a new realm Date for each date
 * (never the stored object), the last value of a formula cell.
 */
export function readCells(sheet: SheetData, block: CellBlock, realm: ValueRealm): CellValue[][] {
  const { row, column, numRows, numColumns } = block;
  const end = column + numColumns;
  const rows: CellValue[][] = new Array(numRows);
  const values = sheet.values;
  for (let i = 0; i < numRows; i++) {
    const source = values[row + i];
    const out = source === undefined || source.length <= column ? [] : source.slice(column, end);
    while (out.length < numColumns) out.push('');
    rows[i] = out;
  }
  // realm.rows copies each Date into a new realm Date, so the stored objects never reach the script.
  return realm.rows(rows);
}

/** The formulas of `block` ("" where a cell holds no formula), as arrays of `realm`. */
export function readFormulas(sheet: SheetData, block: CellBlock, realm: ValueRealm): string[][] {
  const rows: string[][] = new Array(block.numRows);
  for (let i = 0; i < block.numRows; i++) {
    const row = new Array<string>(block.numColumns).fill('');
    if (sheet.formulas.size > 0) {
      for (let j = 0; j < block.numColumns; j++) {
        row[j] = sheet.formulas.get(cellKey(block.row + i, block.column + j)) ?? '';
      }
    }
    rows[i] = row;
  }
  return realm.rows(rows);
}

/** Sets every cell of `block` to "" and removes its formulas; then drops trailing empty rows. */
export function clearCells(sheet: SheetData, block: CellBlock): void {
  const values = sheet.values;
  for (let i = 0; i < block.numRows; i++) {
    const target = values[block.row + i];
    if (!target) continue;
    const end = Math.min(target.length, block.column + block.numColumns);
    for (let j = block.column; j < end; j++) target[j] = '';
  }
  deleteKeysIn(sheet.formulas, block);
  while (values.length > 0 && values[values.length - 1].every((v) => v === '')) values.pop();
}

/** Removes the entries of a sparse `row:col` map that fall inside `block`. */
export function deleteKeysIn(map: Map<string, unknown>, block: CellBlock): void {
  if (map.size === 0) return;
  for (const key of [...map.keys()]) {
    const [r, c] = parseKey(key);
    if (
      r >= block.row &&
      r < block.row + block.numRows &&
      c >= block.column &&
      c < block.column + block.numColumns
    ) {
      map.delete(key);
    }
  }
}

function parseKey(key: string): [number, number] {
  const colon = key.indexOf(':');
  return [Number(key.slice(0, colon)), Number(key.slice(colon + 1))];
}

/** 1-based number of the last row holding a value or a formula; 0 for an empty sheet. */
export function lastRowWithContent(sheet: SheetData): number {
  let last = 0;
  const values = sheet.values;
  for (let r = values.length - 1; r >= 0; r--) {
    const row = values[r];
    let hasContent = false;
    for (let c = 0; c < row.length; c++) {
      if (row[c] !== '') {
        hasContent = true;
        break;
      }
    }
    if (hasContent) {
      last = r + 1;
      break;
    }
  }
  for (const key of sheet.formulas.keys()) last = Math.max(last, parseKey(key)[0] + 1);
  return last;
}

/** 1-based number of the last column holding a value or a formula; 0 for an empty sheet. */
export function lastColumnWithContent(sheet: SheetData): number {
  let last = 0;
  for (const row of sheet.values) {
    for (let c = row.length - 1; c >= last; c--) {
      if (row[c] !== '') {
        last = c + 1;
        break;
      }
    }
  }
  for (const key of sheet.formulas.keys()) last = Math.max(last, parseKey(key)[1] + 1);
  return last;
}

function shiftMap<V>(
  map: Map<string, V>,
  move: (row: number, column: number) => [number, number] | null,
): void {
  if (map.size === 0) return;
  const entries = [...map.entries()];
  map.clear();
  for (const [key, value] of entries) {
    const [r, c] = parseKey(key);
    const next = move(r, c);
    if (next) map.set(cellKey(next[0], next[1]), value);
  }
}

function shiftAllMaps(
  sheet: SheetData,
  move: (row: number, column: number) => [number, number] | null,
): void {
  shiftMap(sheet.formulas, move);
  shiftMap(sheet.numberFormats, move);
  shiftMap(sheet.validations, move);
  if (sheet.notes) shiftMap(sheet.notes, move);
  if (sheet.bold && sheet.bold.size > 0) {
    const bold = new Map([...sheet.bold].map((key) => [key, true]));
    shiftMap(bold, move);
    sheet.bold = new Set(bold.keys());
  }
}

/** Inserts `count` empty rows before 0-based row `at`, moving what is below down and growing the grid. */
export function insertRows(sheet: SheetData, at: number, count: number): void {
  if (at < sheet.values.length) {
    const blanks = Array.from({ length: count }, () => [] as CellValue[]);
    sheet.values.splice(at, 0, ...blanks);
  }
  shiftAllMaps(sheet, (r, c) => [r >= at ? r + count : r, c]);
  sheet.maxRows += count;
}

/** Deletes `count` rows from 0-based row `at`, moving what is below up and shrinking the grid. */
export function deleteRows(sheet: SheetData, at: number, count: number): void {
  if (at < sheet.values.length) sheet.values.splice(at, count);
  shiftAllMaps(sheet, (r, c) => (r < at ? [r, c] : r < at + count ? null : [r - count, c]));
  sheet.maxRows -= count;
}

/** Inserts `count` empty columns before 0-based column `at`, moving what is right of it and growing the grid. */
export function insertColumns(sheet: SheetData, at: number, count: number): void {
  const blanks = new Array<CellValue>(count).fill('');
  for (const row of sheet.values) {
    if (row.length > at) row.splice(at, 0, ...blanks);
  }
  shiftAllMaps(sheet, (r, c) => [r, c >= at ? c + count : c]);
  sheet.maxColumns += count;
}
