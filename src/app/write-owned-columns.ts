// Writes owned columns back by row key, so rows the user added, moved or edited meanwhile are respected.
import { buildOwnedPatches } from '../core/table/build-owned-patches';
import { headerIndex } from '../core/table/header-index';
import { normalizeHeader } from '../core/table/normalize-header';
import type { Cell, Workbook } from './ports';

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
 * row from `values` (key → header → value), matching rows by key (core buildOwnedPatches), with
 * one setValues per run of adjacent owned columns. Columns the add-on does not own are never
 * written. A row whose key is not in `values` gets `unmatchedNote` in the last owned column and
 * blanks in the others, so none of its owned cells is left stale without a reason. Call it under
 * the document lock. Throws when the key column is missing.
 */
export function writeOwnedColumns(
  workbook: Workbook,
  tab: string,
  keyHeader: string,
  ownedHeaders: readonly string[],
  values: ReadonlyMap<string, ReadonlyMap<string, Cell>>,
  unmatchedNote: (key: string) => string,
): OwnedWriteReport {
  const header = workbook.readHeader(tab);
  const index = headerIndex(header);
  const keyColumn = index.get(normalizeHeader(keyHeader));
  if (keyColumn === undefined) throw new Error(`The ${tab} tab has no "${keyHeader}" column.`);
  const noteColumn = index.get(normalizeHeader(ownedHeaders[ownedHeaders.length - 1]));
  const keys = workbook.readColumn(tab, keyColumn + 1, 2).map((cell) => String(cell ?? '').trim());
  // Only the key column was read: a row without new values shows the note, its other owned cells blank.
  const rows = keys.map((key) => {
    const row: unknown[] = [];
    row[keyColumn] = key;
    if (noteColumn !== undefined) row[noteColumn] = unmatchedNote(key);
    return row;
  });
  const { patches } = buildOwnedPatches({
    headerRow: header,
    rows,
    keyHeader,
    owned: ownedHeaders,
    updates: values,
  });
  for (const patch of patches) workbook.writeBlock(tab, patch.row, patch.column, patch.values as Cell[][]);
  const written = keys.filter((key) => key !== '' && values.has(key)).length;
  return { written, unmatched: keys.length - written, blocks: patches.length };
}
