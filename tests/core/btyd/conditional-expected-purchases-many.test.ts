import { describe, expect, it } from 'vitest';
import { conditionalExpectedPurchasesMany } from '../../../src/core/btyd/conditional-expected-purchases-many';
import { conditionalExpectedPurchases } from '../../../src/core/btyd/expected-purchases';
import { loadSummaryColumns } from './cdnow-fixture';

const params = { r: 0.242594, alpha: 4.413602, a: 0.79292, b: 2.425888 };

describe('conditionalExpectedPurchasesMany', () => {
  it('equals conditionalExpectedPurchases row by row on the CDNOW sample', () => {
    const data = loadSummaryColumns();
    const many = conditionalExpectedPurchasesMany(params, 39, data);
    for (let i = 0; i < data.frequency.length; i++) {
      const one = conditionalExpectedPurchases(params, 39, data.frequency[i], data.recency[i], data.T[i]);
      expect(many[i]).toBeCloseTo(one, 14);
    }
    // Source: FHL 2005: customer 1 (x 2, tx 30.43, T 38.86) expects 1.226 purchases in 39 weeks.
    expect(many[0]).toBeCloseTo(1.226, 3);
  });

  it('rejects a negative horizon and invalid rows', () => {
    expect(() =>
      conditionalExpectedPurchasesMany(params, -1, { frequency: [0], recency: [0], T: [1] }),
    ).toThrow(RangeError);
    expect(() =>
      conditionalExpectedPurchasesMany(params, 5, { frequency: [0], recency: [2], T: [1] }),
    ).toThrow('row 1: recency is greater than T');
  });
});
