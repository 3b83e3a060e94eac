// Reads an exported file the same way for the CLI and the sidebar: bytes decoded, then separator, decimal mark and date order found in the file.
import type { DateOrder } from '../clean/parse-instant';
import { type CsvTable, csvTable } from './csv-table';
import { decodeText, type TextEncoding } from './decode-text';
import { detectDateOrder } from './detect-date-order';
import { detectDecimal } from './detect-decimal';
import { type CsvError, parseCsv } from './parse-csv';

/** What the user chose instead of detection (CLI flags, the sidebar's reading options). */
export interface ReadingOptions {
  delimiter?: string;
  decimal?: '.' | ',';
  dateOrder?: DateOrder;
}

/** How a file was read: what the import result, the Log and the CLI/sidebar output report. */
export interface FileReading {
  encoding: TextEncoding;
  delimiter: string;
  decimal: '.' | ',';
  /** Order of day and month in numeric dates; undefined when the file has none and none was given. */
  dateOrder?: DateOrder;
  /** Each detection that was not plain (another encoding or separator, a decimal comma, a date order), in words. */
  notes: string[];
}

/** A file read and parsed: its table, the rows that are not valid CSV, and how it was read. */
export interface CsvFile {
  /** The decoded text (what identifies the file for resuming an import). */
  text: string;
  table: CsvTable;
  errors: CsvError[];
  reading: FileReading;
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };
const ORDER_NAMES: Record<DateOrder, string> = {
  dmy: 'day first (day/month/year)',
  mdy: 'month first (month/day/year)',
  ymd: 'year first',
};
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Decodes `file` (bytes: see decodeText; text is taken as it is), parses it (parseCsv) with the
 * given separator or the one its first rows use (detectDelimiter), and finds the decimal mark (detectDecimal) and the
 * date order (detectDateOrder) from its cells unless `options` gives them. Every reading that is
 * not the plain one (UTF-8, comma, decimal point) and every date order chosen is put into
 * `reading.notes`, saying when it was a choice the file could not settle.
 * @throws {Error} when the file has no header row or a header names a column twice (csvTable), or
 * a given separator is not one character.
 */
export function readCsvFile(
  file: { text: string } | { bytes: Uint8Array },
  options: ReadingOptions = {},
): CsvFile {
  const notes: string[] = [];
  let text: string;
  let encoding: TextEncoding = 'utf-8';
  if ('bytes' in file) {
    const decoded = decodeText(file.bytes);
    text = decoded.text;
    encoding = decoded.encoding;
    if (encoding === 'windows-1252') notes.push(`decoded as Windows-1252: the file is ${decoded.reason}`);
    else if (encoding !== 'utf-8')
      notes.push(`decoded as ${encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} (${decoded.reason})`);
  } else text = file.text;
  if (options.delimiter !== undefined && [...options.delimiter].length !== 1) {
    throw new Error(`The separator must be one character (got "${options.delimiter}").`);
  }
  const parsed = parseCsv(text, options.delimiter === undefined ? {} : { delimiter: options.delimiter });
  if (parsed.rows.length === 0) throw new Error('The file has no header row.');
  const table = csvTable(parsed.rows, parsed.lines);
  if (options.delimiter === undefined && parsed.delimiter !== ',') {
    notes.push(
      `separator: ${DELIMITER_NAMES[parsed.delimiter] ?? `"${parsed.delimiter}"`} (found in the file)`,
    );
  }

  let decimal = options.decimal;
  if (decimal === undefined) {
    const guess = detectDecimal(table.rows);
    decimal = guess.decimal;
    if (decimal === ',')
      notes.push(
        `amounts read with a decimal comma (1.234,56): ${plural(guess.comma, 'value is', 'values are')} written so, ${guess.point} with a decimal point`,
      );
    else if (guess.comma > 0)
      notes.push(
        `amounts read with a decimal point: ${plural(guess.point, 'value is', 'values are')} written so, ${guess.comma} with a decimal comma`,
      );
  }

  let dateOrder = options.dateOrder;
  if (dateOrder === undefined) {
    const guess = detectDateOrder(table.rows, decimal);
    dateOrder = guess.order;
    if (guess.order && guess.ambiguous) {
      notes.push(
        `dates read ${ORDER_NAMES[guess.order]} by choice: ${
          guess.dayFirst + guess.monthFirst === 0
            ? `none of the ${plural(guess.either, 'date has', 'dates have')} a number above 12 to tell day from month`
            : `as many dates need day first (${guess.dayFirst}) as month first (${guess.monthFirst})`
        }; set the date order if that is wrong`,
      );
    } else if (guess.order) {
      const deciding = guess.order === 'dmy' ? guess.dayFirst : guess.monthFirst;
      const against = guess.order === 'dmy' ? guess.monthFirst : guess.dayFirst;
      notes.push(
        `dates read ${ORDER_NAMES[guess.order]}: ${plural(deciding, 'date has', 'dates have')} a number above 12 ${guess.order === 'dmy' ? 'first' : 'second'}, which only a day can be${
          against ? ` (${against} would need the other order and are rejected)` : ''
        }`,
      );
    }
  }
  return {
    text,
    table,
    errors: parsed.errors,
    reading: { encoding, delimiter: parsed.delimiter, decimal, ...(dateOrder ? { dateOrder } : {}), notes },
  };
}
