// A parsed segment rule as a fast test of one row of the Customers tab, read straight from the sheet's values.
import type { Cell } from '../table/cell';
import { headerIndex } from '../table/header-index';
import { normalizeHeader } from '../table/normalize-header';
import { compileSegmentCondition, type SegmentMatchOptions } from './compile-segment-condition';
import type { SegmentRule } from './segment-rule';

/**
 * Compiles a rule once into a predicate of a Customers data row laid out as `headerRow` (headers
 * matched ignoring case, spaces and punctuation; a column the tab lacks reads as blank), so a whole
 * tab is filtered without building a record per customer.
 * @throws {RangeError} when the time zone is unknown.
 * @example compileSegmentRowMatcher(rule, ['Customer ID', 'Revenue'], { timeZone: 'UTC' })(['C1', 250]) // => true for Revenue > 200
 */
export function compileSegmentRowMatcher(
  rule: SegmentRule,
  headerRow: readonly Cell[],
  options: SegmentMatchOptions,
): (row: readonly Cell[]) => boolean {
  const index = headerIndex(headerRow);
  return compileSegmentCondition<readonly Cell[]>(
    rule,
    (header) => {
      const column = index.get(normalizeHeader(header));
      return column === undefined ? () => '' : (row) => row[column];
    },
    options,
  );
}
