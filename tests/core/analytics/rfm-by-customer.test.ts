import { describe, expect, it } from 'vitest';
import type { CustomerTotals } from '../../../src/core/analytics/customer-totals';
import { rfmByCustomer } from '../../../src/core/analytics/rfm-by-customer';

const totals = (orders: number, revenue: number, lastDay: number): CustomerTotals =>
  Object.freeze({ orders, revenue, first: new Date(0), last: new Date(lastDay * 86_400_000), lastDay });

describe('rfmByCustomer', () => {
  it('scores recency in days before the as-of day, orders and revenue by quintile', () => {
    // As rfmScores' example: 2 days ago, 8 orders, 500 spent … 400 days ago, 1 order, 20 spent.
    const byId = new Map([
      ['A', totals(8, 500, 998)],
      ['B', totals(5, 300, 970)],
      ['C', totals(3, 200, 910)],
      ['D', totals(2, 60, 820)],
      ['E', totals(1, 20, 600)],
    ]);
    const rfm = rfmByCustomer(byId, 1000);
    expect([...rfm].map(([id, r]) => `${id} ${r.score} ${r.segment}`)).toEqual([
      'A 555 Champions',
      'B 444 Loyal',
      'C 333 Need attention',
      'D 222 Hibernating',
      'E 111 Lost',
    ]);
  });

  it('counts an order dated after the as-of day as 0 days ago, and gives nothing for no buyers', () => {
    const rfm = rfmByCustomer(new Map([['A', totals(1, 10, 1005)]]), 1000);
    expect(rfm.get('A')?.score).toBe('333'); // a single customer gets the middle score
    expect(rfmByCustomer(new Map(), 1000).size).toBe(0);
  });
});
