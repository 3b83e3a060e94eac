// Fingerprints of the rows an operation appends, so undo can tell a row the user has edited since from one left as written.

import { columnOf, type SheetTable } from '../core/table/sheet-table';
import type { Cell } from './ports';
import { TAB_LAYOUTS } from './tab-layouts';
import { writtenValue } from './written-value';

/** 32-bit FNV-1a of a text, as 8 hex digits: short enough to keep one per appended row in the snapshot. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
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
  return fnv1a(
    headers
      .map((header) => {
        const column = columnOf(table, header);
        return column < 0 ? '' : writtenValue(row[column]);
      })
      .join('\u241f'),
  );
}
