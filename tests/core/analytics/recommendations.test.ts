import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../src/core/analytics/read-transactions';
import { recommendations } from '../../../src/core/analytics/recommendations';

const bought = (customerId: string, product: string): Transaction =>
  Object.freeze({ customerId, day: 0, amount: 10, product, date: new Date(0) });

describe('recommendations', () => {
  it('recommends item by item from whole-order Product cells, never a product the customer bought', () => {
    // The case of the refresh test: as the Shopify preset joins line items and WooCommerce Analytics lists them.
    const transactions = Object.freeze([
      bought('C1', '2× Fig; Wick'),
      bought('C2', '1× Fig, 3× Box'),
      bought('C3', "'=Odd; Wick"),
      bought('C4', "'=Odd"),
      bought('C5', 'Wick'),
    ]);
    const lists = recommendations(transactions, Object.freeze(['C1', 'C2', 'C3', 'C4', 'C5']));
    expect([...lists]).toEqual([
      ['C1', ['=Odd', 'Box']],
      ['C2', ['Wick', '=Odd']],
      ['C3', ['Fig', 'Box']],
      ['C4', ['Wick', 'Fig', 'Box']],
      ['C5', ['=Odd', 'Fig', 'Box']],
    ]);
  });

  it('gives every buyer an empty list when no order names a product', () => {
    expect([...recommendations(Object.freeze([bought('C1', '')]), ['C1'])]).toEqual([['C1', []]]);
  });
});
