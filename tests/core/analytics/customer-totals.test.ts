import { describe, expect, it } from 'vitest';
import { customerTotals } from '../../../src/core/analytics/customer-totals';
import { bought, day, dayOf } from './analytics-tables';

describe('customerTotals', () => {
  it('counts every order, sums revenue and keeps the first and last order in any input order', () => {
    const transactions = Object.freeze([
      bought('C1', '2024-02-04', 60),
      bought('C2', '2024-05-02', 10),
      bought('C1', '2024-01-05', 40),
      bought('C1', '2024-03-05', 18),
      bought('C1', '2024-03-05', 2),
    ]);
    expect([...customerTotals(transactions)]).toEqual([
      [
        'C1',
        {
          orders: 4,
          revenue: 120,
          first: day('2024-01-05'),
          last: day('2024-03-05'),
          lastDay: dayOf('2024-03-05'),
        },
      ],
      [
        'C2',
        {
          orders: 1,
          revenue: 10,
          first: day('2024-05-02'),
          last: day('2024-05-02'),
          lastDay: dayOf('2024-05-02'),
        },
      ],
    ]);
  });

  it('gives no totals without transactions', () => {
    expect(customerTotals([]).size).toBe(0);
  });
});
