import { describe, expect, it } from 'vitest';
import { inFirstAppearanceOrder } from '../../../src/core/btyd/in-first-appearance-order';

describe('inFirstAppearanceOrder', () => {
  it('orders summaries by the first transaction of each customer, paired with it', () => {
    const transactions = Object.freeze([
      { customerId: 'b', shown: 'b', day: 30 },
      { customerId: 'a', shown: 1001, day: 2 },
      { customerId: 'b', shown: 'b', day: 1 },
      { customerId: 'c', shown: 'c', day: 5 },
    ]);
    // The order summarizeTransactions keeps with as-of day 10: a (day 2), b (day 1), c (day 5).
    const summaries = Object.freeze([
      { customerId: 'a', frequency: 0 },
      { customerId: 'b', frequency: 0 },
      { customerId: 'c', frequency: 0 },
    ]);
    expect(inFirstAppearanceOrder(transactions, summaries)).toEqual([
      { first: transactions[0], summary: summaries[1] },
      { first: transactions[1], summary: summaries[0] },
      { first: transactions[3], summary: summaries[2] },
    ]);
  });
  it('leaves out customers without a summary and refuses a summary without transactions', () => {
    const transactions = [{ customerId: 'a' }, { customerId: 'z' }];
    expect(inFirstAppearanceOrder(transactions, [{ customerId: 'a' }])).toEqual([
      { first: { customerId: 'a' }, summary: { customerId: 'a' } },
    ]);
    expect(() => inFirstAppearanceOrder(transactions, [{ customerId: 'q' }])).toThrow(
      'customer q has no transaction',
    );
  });
});
