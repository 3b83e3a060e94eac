// Finds the columns of a tab spec in a header row, by header name, leaving the user's own columns alone.
import type { TabSpec } from '../model/tab-spec';
import { normalizeHeader } from './normalize-header';

/** Where a spec's columns are in a header row. */
export interface ColumnLocation {
  /** 0-based column index of each spec column found, by field. */
  index: ReadonlyMap<string, number>;
  /** Required headers missing ("Customer ID or Email" for a group); a non-empty list means the tab cannot be read. */
  missingRequired: string[];
  /** Owned headers missing, in spec order: Set up appends them on the right. */
  missingOwned: string[];
  /** Other spec headers missing (the tab is read without them). */
  missingOptional: string[];
  /** 0-based indexes of the user's own columns (not in the spec), left untouched. */
  userColumns: number[];
  /** Headers that appear twice; the first (leftmost) one is used. */
  duplicates: string[];
}

/**
 * Locates the columns of `spec` in `headerRow` by `normalizeHeader`, whatever their order.
 * The leftmost of two equal headers wins. Never throws: a tab missing required columns is
 * described by `missingRequired`.
 */
export function locateColumns(headerRow: readonly unknown[], spec: TabSpec): ColumnLocation {
  const positions = new Map<string, number>();
  const duplicates: string[] = [];
  headerRow.forEach((header, column) => {
    const key = normalizeHeader(header);
    if (!key) return;
    if (positions.has(key)) duplicates.push(String(header));
    else positions.set(key, column);
  });
  const index = new Map<string, number>();
  const missingRequired: string[] = [];
  const missingOwned: string[] = [];
  const missingOptional: string[] = [];
  const specKeys = new Set<string>();
  for (const column of spec.columns) {
    const key = normalizeHeader(column.header);
    specKeys.add(key);
    const at = positions.get(key);
    if (at !== undefined) index.set(column.field, at);
    else if (column.required) missingRequired.push(column.header);
    else if (column.owned) missingOwned.push(column.header);
    else missingOptional.push(column.header);
  }
  for (const group of spec.requiredAnyOf ?? []) {
    if (!group.some((header) => positions.has(normalizeHeader(header))))
      missingRequired.push(group.join(' or '));
  }
  const userColumns: number[] = [];
  headerRow.forEach((header, column) => {
    const key = normalizeHeader(header);
    if (key && !specKeys.has(key)) userColumns.push(column);
  });
  return { index, missingRequired, missingOwned, missingOptional, userColumns, duplicates };
}
