// A tab read once: its header row, a header index and its data rows, with lookups by header name.
import type { Cell } from './cell';
import { headerIndex } from './header-index';
import { isValidDate } from './is-valid-date';
import { normalizeHeader } from './normalize-header';

/**
 * A tab's content; data row i is sheet row i + 2. `H` is the headers code may ask for: a tab of
 * TAB_SPECS allows only its own headers (see `HeaderOfTab`), any other tab any string.
 */
export interface SheetTable<H extends string = string> {
  tab: string;
  header: Cell[];
  index: Map<string, number>;
  rows: Cell[][];
  /** Type-level only: never set. Carries the headers the table may be asked for. */
  readonly headers?: H;
}

/** The table of a tab whose values (header row first) were read with one getValues. */
export function toSheetTable<H extends string = string>(tab: string, values: Cell[][]): SheetTable<H> {
  const header = values[0] ?? [];
  return { tab, header, index: headerIndex(header), rows: values.slice(1) };
}

/** 0-based column of a header (matched ignoring case, spaces, punctuation), or -1. */
export function columnOf<H extends string>(
  table: Pick<SheetTable<H>, 'index' | 'headers'>,
  header: NoInfer<H>,
): number {
  return table.index.get(normalizeHeader(header)) ?? -1;
}

/** The cell of a row under a header; '' when the column is missing. */
export function cellOf<H extends string>(
  table: Pick<SheetTable<H>, 'index' | 'headers'>,
  row: readonly Cell[],
  header: NoInfer<H>,
): Cell {
  const column = columnOf(table, header);
  return column < 0 ? '' : (row[column] ?? '');
}

/**
 * A cell as key text: dates as ISO instants, numbers and text as written, trimmed, without the
 * apostrophe that keeps formula-looking text as text. Sheets hands such text back without it, so
 * "'-1001" as written and "-1001" as read are the same key, and re-importing adds nothing.
 */
export function keyText(cell: Cell): string {
  if (isValidDate(cell)) return cell.toISOString();
  const text = String(cell ?? '').trim();
  return text.charCodeAt(0) === 39 ? text.slice(1) : text;
}

/** The identity of a row: the key cells joined with a separator no cell contains in practice. */
export function rowKey<H extends string>(
  table: Pick<SheetTable<H>, 'index' | 'headers'>,
  row: readonly Cell[],
  keyHeaders: readonly NoInfer<H>[],
): string {
  return keyHeaders.map((header) => keyText(cellOf(table, row, header))).join('\u241f');
}

/** A row as wide as the header, padded with empty cells. */
export function padRow(row: readonly Cell[], width: number): Cell[] {
  const out = row.slice(0, Math.max(width, row.length));
  while (out.length < width) out.push('');
  return out;
}
