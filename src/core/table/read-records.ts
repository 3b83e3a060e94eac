// Reads a tab's 2-D cell array into validated records, one problem per bad row, never stopping at one.
import type { z } from 'zod';
import type { TabSpec } from '../model/tab-spec';
import { type ColumnLocation, locateColumns } from './locate-columns';
import { type CellOptions, readCell } from './read-cell';
import type { RowProblem } from './row-problem';

export interface ReadOptions extends CellOptions {
  /** Sheet row number of `cells[0]` (the header row); default 1. */
  headerRow?: number;
}

/** A record and the sheet row it came from. */
export interface RowRecord<T> {
  row: number;
  record: T;
}

export interface ReadResult<T> {
  records: RowRecord<T>[];
  problems: RowProblem[];
  location: ColumnLocation;
}

/**
 * Reads `cells` (header row first, as one getValues returns them) into records of `schema`,
 * locating columns by header name (see locateColumns). Each cell is converted by its column kind
 * (readCell), then the row is validated by the schema. A row with any bad cell is skipped and
 * reported once per bad cell with its 1-based sheet row; every other row is still read. Blank
 * rows are ignored. When `spec.key` is set, a row repeating the key of an earlier row is a problem
 * ("duplicate Order ID"). A tab missing a required column gives no records and one problem per
 * missing column on the header row. Throws only when the time zone is unknown to Intl.
 */
export function readRecords<S extends z.ZodType>(
  cells: readonly (readonly unknown[])[],
  spec: TabSpec,
  schema: S,
  options: ReadOptions,
): ReadResult<z.infer<S>> {
  const headerRow = options.headerRow ?? 1;
  const location = locateColumns(cells[0] ?? [], spec);
  const problems: RowProblem[] = [];
  const records: RowRecord<z.infer<S>>[] = [];
  if (location.missingRequired.length > 0) {
    for (const missing of location.missingRequired) {
      problems.push({ row: headerRow, column: missing, reason: `missing required column ${missing}` });
    }
    return { records, problems, location };
  }
  const headerOf = new Map(spec.columns.map((column) => [column.field, column.header]));
  const keyFields = (spec.key ?? []).map(
    (header) => spec.columns.find((c) => c.header === header)?.field ?? '',
  );
  // The last key header is the identifier people read ("Order ID"); the others (Channel) scope it.
  const keyLabel = spec.key?.[spec.key.length - 1] ?? '';
  const seen = new Map<string, number>();
  for (let i = 1; i < cells.length; i++) {
    const cellsOfRow = cells[i];
    const row = headerRow + i;
    if (cellsOfRow.every((value) => value === '' || value === null || value === undefined)) continue;
    const raw: Record<string, unknown> = {};
    let bad = false;
    for (const column of spec.columns) {
      const at = location.index.get(column.field);
      const parsed = readCell(at === undefined ? '' : cellsOfRow[at], column.kind, options);
      if (parsed.ok) raw[column.field] = parsed.value;
      else {
        bad = true;
        problems.push({ row, column: column.header, reason: parsed.reason });
      }
    }
    if (bad) continue;
    const result = schema.safeParse(raw);
    if (!result.success) {
      const reported = new Set<string>();
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (reported.has(field)) continue;
        reported.add(field);
        problems.push({ row, column: headerOf.get(field) ?? '', reason: issue.message });
      }
      continue;
    }
    if (keyFields.length > 0) {
      const parts = keyFields.map((field) => String(raw[field] ?? '').toLowerCase());
      if (parts.some((part) => part !== '')) {
        const key = parts.join('\u0001');
        const first = seen.get(key);
        if (first !== undefined) {
          problems.push({
            row,
            column: keyLabel,
            reason: `duplicate ${keyLabel} "${raw[keyFields[keyFields.length - 1]]}" (first at row ${first})`,
          });
          continue;
        }
        seen.set(key, row);
      }
    }
    records.push({ row, record: result.data });
  }
  return { records, problems, location };
}
