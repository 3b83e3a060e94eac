import { describe, expect, it } from 'vitest';
import { modelSummaries } from '../../../src/core/analytics/model-summaries';
import { bought, dayOf } from './analytics-tables';

describe('modelSummaries', () => {
  const asOf = dayOf('2024-06-01');

  it("summarises as lifetimes does: one day's purchases merged, recency and T in days", () => {
    // Ana: 2024-01-05, 02-04 (two orders), 03-05; as of 06-01.
    const transactions = Object.freeze([
      bought('C1', '2024-01-05', 40),
      bought('C1', '2024-02-04', 50),
      bought('C1', '2024-02-04', 10),
      bought('C1', '2024-03-05', 18),
    ]);
    expect(modelSummaries(transactions, asOf, 'days')).toEqual([
      {
        customerId: 'C1',
        frequency: 2,
        recency: 60, // 26 + 29 + 5 days
        T: 148, // 26 + 29 + 31 + 30 + 31 + 1 days
        monetaryValue: 39, // (60 + 18) / 2 repeat days
        firstDay: dayOf('2024-01-05'),
        lastDay: dayOf('2024-03-05'),
        orders: 4,
        revenue: 118,
      },
    ]);
  });

  it('counts an order dated after the as-of day on that day, and measures in weeks when asked', () => {
    const transactions = Object.freeze([bought('C1', '2024-05-04', 10), bought('C1', '2024-07-01', 20)]);
    const [summary] = modelSummaries(transactions, asOf, 'weeks');
    expect(summary).toMatchObject({ frequency: 1, recency: 4, T: 4, monetaryValue: 20 }); // 28 days = 4 weeks
  });

  it('gives no summaries without transactions', () => {
    expect(modelSummaries([], asOf, 'days')).toEqual([]);
  });
});
