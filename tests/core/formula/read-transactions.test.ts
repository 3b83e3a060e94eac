import { describe, expect, it } from 'vitest';
import { readTransactions } from '../../../src/core/formula/read-transactions';

describe('readTransactions', () => {
  it('reads each row as a dated transaction, a numeric customer shown back as a number', () => {
    const asked: string[] = [];
    const { reads, timeZone } = readTransactions(
      {
        customer_ids: [[1001], ['A'], [''], ['B']],
        dates: [['1970-01-02'], [new Date('1970-01-03T20:00:00Z')], [''], ['soon']],
        amounts: [[10], ['5.5'], [''], [1]],
      },
      () => {
        asked.push('zone');
        return 'Asia/Tokyo';
      },
    );
    expect(timeZone).toBe('Asia/Tokyo');
    expect(asked).toEqual(['zone']);
    expect(reads).toEqual([
      { kind: 'value', row: 0, value: { customerId: '1001', shown: 1001, day: 1, amount: 10 } },
      // 20:00 UTC on Jan 3 is 05:00 on Jan 4 in Tokyo: day 3.
      { kind: 'value', row: 1, value: { customerId: 'A', shown: 'A', day: 3, amount: 5.5 } },
      { kind: 'blank', row: 2 },
      { kind: 'error', row: 3, message: 'date is not a date: "soon" (expected 2024-01-05)' },
    ]);
  });
  it('names a missing argument before asking for the time zone', () => {
    const asked: string[] = [];
    expect(() =>
      readTransactions({ customer_ids: [['A']], dates: undefined, amounts: [[1]] }, () => {
        asked.push('zone');
        return 'UTC';
      }),
    ).toThrow('dates is required');
    expect(asked).toEqual([]);
  });
});
