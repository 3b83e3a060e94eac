// A cell as the operation that wrote it will find it again: the text undo compares to know whether the user changed it since.
import { isValidDate } from '../core/table/is-valid-date';
import { keyText } from '../core/table/sheet-table';
import type { Cell } from './ports';

/**
 * The comparable text of a cell written by an operation or read back later: as keyText (trimmed,
 * without the apostrophe that keeps formula-looking text as text), but dates to the second, since
 * a spreadsheet may hand back a written instant without its milliseconds, and number-like or
 * TRUE/FALSE text as the number or boolean Sheets makes of it. Two cells with the same text hold
 * the same value as far as undo is concerned.
 * @example writtenValue(new Date('2024-06-01T12:00:00.400Z')) // => '2024-06-01T12:00:00Z'
 */
export function writtenValue(cell: Cell | undefined): string {
  if (isValidDate(cell))
    return `${new Date(Math.round(cell.getTime() / 1000) * 1000).toISOString().slice(0, 19)}Z`;
  const text = keyText(cell ?? '');
  // Sheets parses a string written outside a plain-text column as if typed: "00042" comes back 42, "TRUE" true.
  if (typeof cell === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return String(Number(text));
  if (typeof cell === 'string' && /^(true|false)$/i.test(text)) return text.toLowerCase();
  return text;
}
