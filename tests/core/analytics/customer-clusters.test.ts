import { describe, expect, it } from 'vitest';
import { customerClusters } from '../../../src/core/analytics/customer-clusters';
import type { CustomerTotals } from '../../../src/core/analytics/customer-totals';

const totals = (orders: number, revenue: number, lastDay: number): CustomerTotals =>
  Object.freeze({ orders, revenue, first: new Date(0), last: new Date(lastDay * 86_400_000), lastDay });

describe('customerClusters', () => {
  it('numbers the clusters from 1 and puts alike buyers together', () => {
    const byId = new Map<string, CustomerTotals>();
    for (let i = 0; i < 6; i++) byId.set(`big${i}`, totals(20 + (i % 2), 5000 + i, 995 + i));
    for (let i = 0; i < 6; i++) byId.set(`small${i}`, totals(1, 10 + i, 300 + i));
    const { of, problem } = customerClusters(byId, 1000);
    expect(problem).toBe('');
    expect(of.size).toBe(12);
    const big = new Set([...of].filter(([id]) => id.startsWith('big')).map(([, c]) => c));
    const small = new Set([...of].filter(([id]) => id.startsWith('small')).map(([, c]) => c));
    expect(big.size).toBe(1);
    expect(small.size).toBe(1);
    expect([...big, ...small].sort()).toEqual([1, 2]);
  });

  it('says why there are no clusters when the buyers are too few', () => {
    expect(customerClusters(new Map([['A', totals(1, 10, 990)]]), 1000)).toEqual({
      of: new Map(),
      problem: 'too few distinct customers to form clusters',
    });
  });
});
