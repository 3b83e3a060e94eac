import { describe, expect, it } from 'vitest';
import { summarizeTransactions } from '../../../src/core/btyd/summarize-transactions';
import { dayNumber, loadSampleTransactions, loadSummaryWithSpend } from './cdnow-fixture';

describe('summarizeTransactions', () => {
  it('reproduces the published CDNOW calibration summary for all 2,357 customers', () => {
    // Source: cdnow_customers_summary_with_transactions.csv (lifetimes datasets; x exact, t_x, T and zbar in
    // weeks / dollars rounded to 2 decimals), calibration ending 1997-09-30.
    const transactions = loadSampleTransactions();
    const summaries = summarizeTransactions(transactions, { asOfDay: dayNumber('19970930'), unit: 'weeks' });
    const published = loadSummaryWithSpend();
    expect(summaries).toHaveLength(2357);
    const byId = new Map(summaries.map((s) => [s.customerId, s]));
    let mismatches = 0;
    for (const row of published) {
      const s = byId.get(row.id)!;
      const ok =
        s.frequency === row.x &&
        Math.abs(s.recency - row.tx) <= 0.005 + 1e-9 &&
        Math.abs(s.T - row.T) <= 0.005 + 1e-9 &&
        Math.abs(s.monetaryValue - row.zbar) <= 0.005 + 1e-9;
      if (!ok) mismatches++;
    }
    expect(mismatches).toBe(0);
    // Source: the fixtures README: 1,411 customers with x = 0, 946 with x ≥ 1, sum of x 2,457, maximum x 29.
    expect(summaries.filter((s) => s.frequency === 0)).toHaveLength(1411);
    expect(summaries.reduce((sum, s) => sum + s.frequency, 0)).toBe(2457);
    expect(Math.max(...summaries.map((s) => s.frequency))).toBe(29);
  });

  it('merges same-day purchases, ignores later ones and keeps the order of first appearance', () => {
    const transactions = Object.freeze([
      Object.freeze({ customerId: 'B', day: 10, amount: 5 }),
      Object.freeze({ customerId: 'A', day: 3, amount: 20 }),
      Object.freeze({ customerId: 'A', day: 17, amount: 7 }),
      Object.freeze({ customerId: 'A', day: 17, amount: 3 }),
      Object.freeze({ customerId: 'A', day: 10, amount: 4 }),
      Object.freeze({ customerId: 'A', day: 40, amount: 100 }),
      Object.freeze({ customerId: 'C', day: 35, amount: 9 }),
      Object.freeze({ customerId: 'B', day: 10, amount: 6 }),
    ]);
    const summaries = summarizeTransactions(transactions, { asOfDay: 31, unit: 'days' });
    // Computed by hand, as of day 31: A buys on days 3, 10, 17 (7 + 3 merged) → frequency 2, recency 14, T 28,
    // monetary (4 + 10)/2 = 7, 4 orders, revenue 34; B buys twice on day 10 only → frequency 0, T 21, revenue 11;
    // C's first purchase (day 35) is after day 31, so C is left out; day 40 of A is ignored.
    expect(summaries).toEqual([
      {
        customerId: 'B',
        frequency: 0,
        recency: 0,
        T: 21,
        monetaryValue: 0,
        firstDay: 10,
        lastDay: 10,
        orders: 2,
        revenue: 11,
      },
      {
        customerId: 'A',
        frequency: 2,
        recency: 14,
        T: 28,
        monetaryValue: 7,
        firstDay: 3,
        lastDay: 17,
        orders: 4,
        revenue: 34,
      },
    ]);
  });

  it('defaults the as-of day to the latest day and counts weeks as days / 7', () => {
    const summaries = summarizeTransactions(
      [
        { customerId: 'A', day: 0, amount: 5 },
        { customerId: 'A', day: 10, amount: 7 },
        { customerId: 'B', day: 4, amount: 2 },
        { customerId: 'B', day: 24, amount: 2 },
      ],
      { unit: 'weeks' },
    );
    // Computed by hand: as of day 24, A has recency 10/7 and T 24/7; B has recency 20/7 and T 20/7.
    expect(summaries.map((s) => [s.customerId, s.frequency, s.recency, s.T])).toEqual([
      ['A', 1, 10 / 7, 24 / 7],
      ['B', 1, 20 / 7, 20 / 7],
    ]);
  });

  it('returns nothing for no transactions and rejects bad days, amounts and as-of days', () => {
    expect(summarizeTransactions([], { unit: 'days' })).toEqual([]);
    expect(() => summarizeTransactions([{ customerId: 'A', day: 1.5, amount: 1 }], { unit: 'days' })).toThrow(
      'transaction 1: the day is not a whole number (1.5)',
    );
    expect(() =>
      summarizeTransactions(
        [
          { customerId: 'A', day: 1, amount: 1 },
          { customerId: 'A', day: 2, amount: Number.NaN },
        ],
        { unit: 'days' },
      ),
    ).toThrow('transaction 2: the amount is not a finite number');
    expect(() =>
      summarizeTransactions([{ customerId: 'A', day: 1, amount: 1 }], { unit: 'days', asOfDay: Number.NaN }),
    ).toThrow(RangeError);
  });
});
