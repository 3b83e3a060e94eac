import { describe, expect, it } from 'vitest';
import { compileSegmentCondition } from '../../../src/core/segments/compile-segment-condition';
import { parseSegmentRule } from '../../../src/core/segments/parse-segment-rule';
import type { Cell } from '../../../src/core/table/cell';

describe('compileSegmentCondition', () => {
  it('asks for each column reader once, at compile time, and reads through it per customer', () => {
    const parsed = parseSegmentRule('Revenue > 10 AND (Tags CONTAINS a OR Revenue < 5)', ['Revenue', 'Tags']);
    if (!('rule' in parsed)) throw new Error(parsed.error);
    const asked: string[] = [];
    const matches = compileSegmentCondition<ReadonlyMap<string, Cell>>(
      parsed.rule,
      (header) => {
        asked.push(header);
        return (customer) => customer.get(header);
      },
      { timeZone: 'UTC', now: new Date('2024-06-15T12:00:00Z') },
    );
    expect(asked).toEqual(['Revenue', 'Tags', 'Revenue']);
    const customers = [
      new Map<string, Cell>([
        ['Revenue', 20],
        ['Tags', 'b, a'],
      ]),
      new Map<string, Cell>([
        ['Revenue', 20],
        ['Tags', 'b'],
      ]),
      new Map<string, Cell>([['Revenue', 3]]),
    ];
    expect(customers.map(matches)).toEqual([true, false, false]);
    // Evaluating three customers asked for no reader.
    expect(asked).toHaveLength(3);
  });
});
