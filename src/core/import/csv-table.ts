// A parsed CSV file as header + rows + line numbers, with cells looked up by header name.
import { normalizeHeader } from '../table/normalize-header';

/** Header row, data rows and the file line where each data row starts. */
export interface CsvTable {
  header: string[];
  rows: string[][];
  lines: number[];
}

/**
 * The first row of `rows` as the header, the rest as data (with their `lines`). Use it on a whole
 * parse, or pass the header of the first part to `withHeader` for the parts that follow.
 */
export function csvTable(rows: readonly string[][], lines: readonly number[]): CsvTable {
  return { header: rows[0] ?? [], rows: rows.slice(1), lines: lines.slice(1) };
}

/** Reads cells of a CSV row by header name (normalizeHeader), the first listed header present winning. */
export interface CsvColumns {
  /** Whether any of `headers` is in the file. */
  has(...headers: string[]): boolean;
  /** The header as the file spells it of the first of `headers` present, or the first of `headers`. */
  label(...headers: string[]): string;
  /** The cell under the first of `headers` present: trimmed, without Shopify's leading apostrophe; '' when absent. */
  get(row: readonly string[], ...headers: string[]): string;
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
  };
}
