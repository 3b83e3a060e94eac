// Fingerprints of the rows an operation appends, so undo can tell a row the user has edited since from one left as written.

import { columnOf, type SheetTable } from '../core/table/sheet-table';
import type { Cell } from './ports';
import { TAB_LAYOUTS } from './tab-layouts';
import { writtenValue } from './written-value';

const FNV_OFFSET = 0x811c9dc5;
/** Between two cells' texts in what is hashed. */
const SEPARATOR = 0x241f;

/** 32-bit FNV-1a continued over a text's UTF-16 code units. */
function fnv1a(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/**
 * The headers a fingerprint covers: the tab's own columns (as Set up lays them out) that the tab
 * has, or every header of a tab the add-on does not lay out. The user's own columns are left out,
 * so a formula of theirs that fills every row does not make an untouched row look edited.
 */
export function fingerprintHeaders(table: SheetTable): string[] {
  const layout = TAB_LAYOUTS.find((tab) => tab.name === table.tab);
  const headers = layout
    ? layout.columns.map((column) => column.header)
    : table.header.map((header) => String(header).trim()).filter(Boolean);
  return headers.filter((header) => columnOf(table, header) >= 0);
}

/**
 * The fingerprint of a row over `headers` (found by name, so a column moved since does not
 * matter): equal for the row as written and as read back while no cell of those columns changed.
 */
export function fingerprintRow(
  table: Pick<SheetTable, 'index'>,
  row: readonly Cell[],
  headers: readonly string[],
): string {
  return fingerprintColumns(
    row,
    headers.map((header) => columnOf(table, header)),
  );
}

/**
 * fingerprintRow with the columns of its headers already found (-1 for a missing one), for callers
 * that fingerprint thousands of rows of one table: 32-bit FNV-1a of the cells' writtenValue texts
 * joined by U+241F, as 8 hex digits, short enough to keep one per row in the snapshot. The texts are
 * hashed one after the other instead of being joined first; the hash is the same.
 */
export function fingerprintColumns(row: readonly Cell[], columns: readonly number[]): string {
  let hash = FNV_OFFSET;
  for (let k = 0; k < columns.length; k++) {
    if (k > 0) hash = Math.imul(hash ^ SEPARATOR, 0x01000193);
    if (columns[k] >= 0) hash = fnv1a(hash, writtenValue(row[columns[k]]));
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
