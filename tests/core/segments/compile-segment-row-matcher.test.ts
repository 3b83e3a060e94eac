import { describe, expect, it } from 'vitest';
import { compileSegmentRowMatcher } from '../../../src/core/segments/compile-segment-row-matcher';
import { parseSegmentRule } from '../../../src/core/segments/parse-segment-rule';
import type { Cell } from '../../../src/core/table/cell';

describe('compileSegmentRowMatcher', () => {
  it('filters Customers rows by their header row, whatever its case, order and missing columns', () => {
    const header: Cell[] = ['revenue', 'CUSTOMER ID', 'channel'];
    const rows: Cell[][] = [
      [250, 'C1', 'shopify'],
      [100, 'C2', 'shopify'],
      [900, 'C3', 'stripe'],
      [300, 'C4'],
    ];
    const parsed = parseSegmentRule('Revenue > 200 AND Channel = shopify OR Tags IS NOT BLANK', [
      'Customer ID',
      'Revenue',
      'Channel',
      'Tags',
    ]);
    if (!('rule' in parsed)) throw new Error(parsed.error);
    const matches = compileSegmentRowMatcher(parsed.rule, header, {
      timeZone: 'UTC',
      now: new Date('2024-06-15T12:00:00Z'),
    });
    // Tags is not in this header row: it reads blank, so only the first condition selects.
    expect(rows.filter(matches).map((row) => row[1])).toEqual(['C1']);
  });
});
