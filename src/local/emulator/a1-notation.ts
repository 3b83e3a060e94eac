// A1 notation: column letters and range references ("A1", "A1:C10", "A:C", "2:5", "Sheet1!B2").

/** A parsed range reference; a bound left null is open (a whole column or row). 1-based, inclusive. */
export interface A1Reference {
  sheetName: string | null;
  startRow: number | null;
  startColumn: number | null;
  endRow: number | null;
  endColumn: number | null;
}

/** Column number (1-based) of letters "A".."ZZZ"; throws RangeError for anything else. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`Not a column: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Letters of column `column` (1 -> "A", 27 -> "AA"); throws RangeError below 1. */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new RangeError(`Not a column number: ${column}`);
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parsePart(part: string): { row: number | null; column: number | null } | null {
  const m = CELL.exec(part);
  if (!m || (!m[1] && !m[2])) return null;
  const row = m[2] ? Number(m[2]) : null;
  if (row === 0) return null;
  return { row, column: m[1] ? columnNumber(m[1]) : null };
}

/**
 * Parses "A1", "A1:C10", "A:C", "2:5", "A2:C" and a sheet-qualified "'My tab'!A1:B2". Returns null when
 * `a1` is not a reference (Apps Script then throws "Range not found").
 */
export function parseA1(a1: string): A1Reference | null {
  let text = a1.trim();
  let sheetName: string | null = null;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    const raw = text.slice(0, bang);
    sheetName = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    text = text.slice(bang + 1);
  }
  const parts = text.split(':');
  if (parts.length > 2) return null;
  const start = parsePart(parts[0]);
  if (!start) return null;
  if (parts.length === 1) {
    if (start.row === null || start.column === null) return null;
    return {
      sheetName,
      startRow: start.row,
      startColumn: start.column,
      endRow: start.row,
      endColumn: start.column,
    };
  }
  const end = parsePart(parts[1]);
  if (!end) return null;
  // "A:C" has no rows, "2:5" no columns; "A2:C" is open below. A row-only start with a column end is not valid.
  if (start.column === null && end.column !== null) return null;
  if (start.row === null && end.row !== null) return null;
  const [r1, r2] =
    start.row !== null && end.row !== null && end.row < start.row
      ? [end.row, start.row]
      : [start.row, end.row];
  const [c1, c2] =
    start.column !== null && end.column !== null && end.column < start.column
      ? [end.column, start.column]
      : [start.column, end.column];
  return { sheetName, startRow: r1, startColumn: c1, endRow: r2, endColumn: c2 };
}

/** "B2" or "B2:D10" for a 1-based rectangle. */
export function formatA1(row: number, column: number, numRows: number, numColumns: number): string {
  const first = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return first;
  return `${first}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}
