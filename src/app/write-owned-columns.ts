// Writes owned columns back by row key, so rows the user added, moved or edited meanwhile are respected.
import { normalizeHeader } from '../core/table/normalize-header';
import { headerIndex } from './header-index';
import type { Cell, Workbook } from './ports';
import { keyText } from './sheet-table';

/** What a keyed write did. */
export interface OwnedWriteReport {
  /** Rows whose values were written. */
  written: number;
  /** Rows in the tab with no computed values (added during the run, or without a key). */
  unmatched: number;
  /** setValues calls: one per run of adjacent owned columns. */
  blocks: number;
}

/**
 * Re-reads only the header row and the key column of `tab`, then writes the owned columns of every
 * row from `values` (key → header → value), matching rows by key, with one setValues per run of
 * adjacent owned columns. Columns the add-on does not own are never written. A row whose key is
 * not in `values` gets `unmatchedNote` in its last owned column and blanks in the others, so no
 * owned cell of it is left stale without a reason. Call it under the document lock.
 * Throws when the key column is missing.
 */
export function writeOwnedColumns(
  workbook: Workbook,
  tab: string,
  keyHeader: string,
  ownedHeaders: string[],
  values: Map<string, Map<string, Cell>>,
  unmatchedNote: (key: string) => string,
): OwnedWriteReport {
  const header = workbook.readHeader(tab);
  const index = headerIndex(header);
  const keyColumn = index.get(normalizeHeader(keyHeader));
  if (keyColumn === undefined) throw new Error(`The ${tab} tab has no "${keyHeader}" column.`);
  const keys = workbook.readColumn(tab, keyColumn + 1, 2).map((cell) => keyText(cell));
  // The caller's spelling of each owned header, by comparison key.
  const owned = new Map(ownedHeaders.map((h) => [normalizeHeader(h), h]));
  // Runs of adjacent owned columns in the tab's current order: [first column, headers].
  const runs: Array<{ first: number; headers: string[] }> = [];
  header.forEach((cell, column) => {
    if (!owned.has(normalizeHeader(cell))) return;
    const last = runs[runs.length - 1];
    if (last && last.first + last.headers.length === column) last.headers.push(String(cell));
    else runs.push({ first: column, headers: [String(cell)] });
  });
  const lastOwned = ownedHeaders[ownedHeaders.length - 1];
  let written = 0;
  let unmatched = 0;
  const rows = keys.map((key) => {
    const found = key ? values.get(key) : undefined;
    if (found) written++;
    else unmatched++;
    return { key, found };
  });
  for (const run of runs) {
    const names = run.headers.map((h) => owned.get(normalizeHeader(h))!);
    const block = rows.map(({ key, found }) =>
      names.map((name) => {
        if (found) return found.get(name) ?? '';
        return name === lastOwned ? unmatchedNote(key) : '';
      }),
    );
    if (block.length) workbook.writeBlock(tab, 2, run.first + 1, block);
  }
  return { written, unmatched, blocks: rows.length ? runs.length : 0 };
}
