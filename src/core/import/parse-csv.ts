// RFC 4180 CSV parser that survives broken files and resumes from an offset, for imports split across executions.
import { detectDelimiter } from './detect-delimiter';

export interface CsvOptions {
  /** Field separator; detected from the first rows when omitted (see detectDelimiter). */
  delimiter?: string;
  /** Character offset to start at; must be the start of a row (a previous `nextOffset`). Default 0. */
  offset?: number;
  /** Row number (1-based) of the record at `offset`, to number rows of a resumed parse (a previous `nextLine`). */
  line?: number;
  /** Stop after this many rows (blank lines not counted), so one execution does a bounded share. */
  maxRows?: number;
  /**
   * Whether `text` ends the file (default true). With false, a row not yet ended by a line break,
   * or a quoted field not yet closed, is left for the next call, which passes more text.
   */
  final?: boolean;
}

/** A part of the file that is not valid CSV; its rows were skipped, the rest still parsed. */
export interface CsvError {
  /** Row number of the record the problem is in, as a spreadsheet opening the file shows it (see `lines`). */
  line: number;
  message: string;
}

export interface CsvResult {
  rows: string[][];
  /**
   * Row number of each row as a spreadsheet opening the file shows it (not its physical line):
   * records counted from 1 (the header), a blank line counting as an empty row and a quoted cell
   * holding line breaks as one row.
   */
  lines: number[];
  delimiter: string;
  /** Offset just after the last row returned: pass it back as `offset` to continue. */
  nextOffset: number;
  /** Row number (as in `lines`) of the record at `nextOffset`. */
  nextLine: number;
  /** True when the whole text was consumed. */
  done: boolean;
  errors: CsvError[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Parses CSV text (RFC 4180): fields optionally in double quotes, `""` for a quote inside quotes,
 * line breaks CRLF, LF or CR, line breaks inside quoted fields kept, a UTF-8 BOM at the start
 * ignored, blank lines skipped. Lenient where exports are: text after a closing quote is kept in
 * the field, and a row may have fewer or more fields than the header.
 *
 * Rows are numbered as a spreadsheet shows the file (see `lines`), not by physical line, so a
 * cell holding line breaks does not shift the numbers of the rows after it.
 * A quote never closed (a broken file) is reported as "unterminated quote in row N"; that row is
 * skipped and parsing resumes on the next physical line (counted as the next row), so every good
 * row is still returned.
 * Runs in O(length of text) with one pass; a row is never split between two calls, so parsing in
 * chunks with `offset`/`maxRows` gives exactly the rows of one parse of the whole text.
 * @example parseCsv('a,b\r\n1,"x, ""y"""\r\n').rows // => [['a', 'b'], ['1', 'x, "y"']]
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvResult {
  const n = text.length;
  const final = options.final ?? true;
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  let i = options.offset ?? 0;
  let rowNumber = options.line ?? 1;
  if (i === 0 && text.charCodeAt(0) === 0xfeff) i = 1;
  const delimiter = options.delimiter ?? detectDelimiter(text.slice(i, i + 65_536));
  const d = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  const lines: number[] = [];
  const errors: CsvError[] = [];
  let stopped = false;
  // Resuming inside a broken row can meet the same open quote again: it is reported once.
  let reportedQuote = -1;

  while (i < n && rows.length < maxRows) {
    const rowStart = i;
    const thisRow = rowNumber;
    const row: string[] = [];
    let ended = false; // the row ended with a line break (not at the end of the text)
    let broken = false;
    let openQuote = rowStart; // where the quote that never closes opens
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        let j = i + 1;
        let acc = '';
        let closed = false;
        for (;;) {
          const k = text.indexOf('"', j);
          if (k < 0) break;
          if (text.charCodeAt(k + 1) === QUOTE) {
            acc += text.slice(j, k + 1);
            j = k + 2;
          } else {
            acc += text.slice(j, k);
            j = k + 1;
            closed = true;
            break;
          }
        }
        if (!closed) {
          broken = true;
          openQuote = i;
          break;
        }
        // Lenient: characters between the closing quote and the next separator stay in the field.
        let k = j;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === d || c === LF || c === CR) break;
          k++;
        }
        value = k > j ? acc + text.slice(j, k) : acc;
        i = k;
      } else {
        let k = i;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === d || c === LF || c === CR) break;
          k++;
        }
        value = text.slice(i, k);
        i = k;
      }
      row.push(value);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        if (i >= n) {
          row.push('');
          break;
        }
        continue;
      }
      if (c === CR) {
        i++;
        if (i < n && text.charCodeAt(i) === LF) i++;
        else if (i >= n && !final) {
          // A CR at the very end may be the first half of a CRLF still to come.
          break;
        }
      } else {
        i++;
      }
      ended = true;
      break;
    }
    if (broken) {
      if (!final) {
        i = rowStart;
        stopped = true;
        break;
      }
      if (openQuote !== reportedQuote) {
        reportedQuote = openQuote;
        errors.push({ line: thisRow, message: `unterminated quote in row ${thisRow}: row skipped` });
      }
      // Resume on the physical line after the one where the broken row started.
      let k = rowStart;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === LF) break;
        if (c === CR) break;
        k++;
      }
      if (k < n && text.charCodeAt(k) === CR && text.charCodeAt(k + 1) === LF) k++;
      i = Math.min(n, k + 1);
      rowNumber = thisRow + 1;
      continue;
    }
    if (!ended && !final) {
      i = rowStart;
      stopped = true;
      break;
    }
    // A blank line is an empty row in a spreadsheet: it is not returned but keeps its number.
    rowNumber = thisRow + 1;
    if (row.length === 1 && row[0] === '') continue;
    rows.push(row);
    lines.push(thisRow);
  }
  return { rows, lines, delimiter, nextOffset: i, nextLine: rowNumber, done: !stopped && i >= n, errors };
}
