// The Customers rows a segment's definition matches, for listing them and for saving the segment.
import type { Cell } from '../table/cell';
import { COLUMNS, type TabTable } from '../table/columns';
import { columnOf } from '../table/sheet-table';
import { compileSegmentRowMatcher } from './compile-segment-row-matcher';
import { parseSegmentRule } from './parse-segment-rule';
import type { SegmentRule } from './segment-rule';

/** The matching data rows (0-based, data row i is sheet row i + 2), or the definition's mistake. */
export type SegmentMembers = { rule: SegmentRule; rows: number[] } | { error: string; at: number };

/**
 * Parses `definition` against the Customers header and returns the indexes of the data rows with a
 * Customer ID that it matches, in sheet order. One pass over the rows, one compiled predicate.
 * @throws {RangeError} for an unknown time zone.
 */
export function segmentMembers(
  table: TabTable<'customers'>,
  definition: string,
  options: { timeZone: string; now: Date },
): SegmentMembers {
  const parsed = parseSegmentRule(definition, table.header);
  if ('error' in parsed) return parsed;
  const matches = compileSegmentRowMatcher(parsed.rule, table.header, options);
  const id = columnOf(table, COLUMNS.customers.customerId);
  const rows: number[] = [];
  table.rows.forEach((row: Cell[], i) => {
    if (id < 0 || String(row[id] ?? '').trim() === '') return;
    if (matches(row)) rows.push(i);
  });
  return { rule: parsed.rule, rows };
}
