// The columns of a header row by comparison key (case, spaces and punctuation ignored).
import { normalizeHeader } from './normalize-header';

/** Maps each header key of a header row to its 0-based column; the first of two equal headers wins. */
export function headerIndex(headerRow: readonly unknown[]): Map<string, number> {
  const index = new Map<string, number>();
  headerRow.forEach((header, column) => {
    const key = normalizeHeader(header);
    if (key && !index.has(key)) index.set(key, column);
  });
  return index;
}
