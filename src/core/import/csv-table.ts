// A parsed CSV file as header + rows + line numbers, with cells looked up by header name.
import { normalizeHeader } from '../table/normalize-header';

/** Header row, data rows and the row number of each data row (as a spreadsheet shows the file). */
export interface CsvTable {
  header: string[];
  rows: string[][];
  /** Row number of each data row as a spreadsheet shows the file (header = row 1; see parseCsv). */
  lines: number[];
}

/** "A", "B", … "Z", "AA": the column as a spreadsheet opening the file labels it. */
function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/**
 * The first row of `rows` as the header, the rest as data (with their row numbers `lines`).
 * @throws {Error} when two headers have the same name (compared with normalizeHeader, so "Email"
 * and "E-mail " clash): cells are read by header name, and which of the two columns was meant
 * cannot be known, so the file is refused before any row is read.
 */
export function csvTable(rows: readonly string[][], lines: readonly number[]): CsvTable {
  const header = rows[0] ?? [];
  const first = new Map<string, number>();
  for (let column = 0; column < header.length; column++) {
    const key = normalizeHeader(header[column]);
    if (!key) continue;
    const earlier = first.get(key);
    if (earlier !== undefined) {
      throw new Error(
        `The file has two columns named "${header[earlier].trim()}" (columns ${columnLetter(earlier)} and ${columnLetter(column)}): rename or remove one so the import knows which to read.`,
      );
    }
    first.set(key, column);
  }
  return { header, rows: rows.slice(1), lines: lines.slice(1) };
}

/** Reads cells of a CSV row by header name (normalizeHeader), the first listed header present winning. */
export interface CsvColumns {
  /** Whether any of `headers` is in the file. */
  has(...headers: string[]): boolean;
  /** The header as the file spells it of the first of `headers` present, or the first of `headers`. */
  label(...headers: string[]): string;
  /** The cell under the first of `headers` present: trimmed, without Shopify's leading apostrophe; '' when absent. */
  get(row: readonly string[], ...headers: string[]): string;
  /** The first name of each group of which no header is in the file: the columns a preset lacks. */
  missing(...groups: readonly (readonly string[])[]): string[];
}

/**
 * Column access by header name for one file. A leading apostrophe is removed because Shopify
 * writes one before IDs, zips and phones ('1200-001) and WooCommerce before values that start
 * with = + - @; formula neutralisation is applied again to text the presets keep.
 */
export function csvColumns(header: readonly string[]): CsvColumns {
  const index = new Map<string, number>();
  header.forEach((name, column) => {
    const key = normalizeHeader(name);
    if (key && !index.has(key)) index.set(key, column);
  });
  const find = (headers: string[]) => {
    for (const name of headers) {
      const at = index.get(normalizeHeader(name));
      if (at !== undefined) return at;
    }
    return -1;
  };
  return {
    has: (...headers) => find(headers) >= 0,
    label: (...headers) => {
      const at = find(headers);
      return at >= 0 ? header[at] : headers[0];
    },
    get: (row, ...headers) => {
      const at = find(headers);
      if (at < 0) return '';
      return (row[at] ?? '').trim().replace(/^'/, '');
    },
    missing: (...groups) => groups.filter((names) => find([...names]) < 0).map((names) => names[0]),
  };
}
