import { describe, expect, it } from 'vitest';
import { conditionalExpectedPurchasesByHorizon } from '../../../src/core/btyd/conditional-expected-purchases-by-horizon';
import { conditionalExpectedPurchasesMany } from '../../../src/core/btyd/conditional-expected-purchases-many';

// lifetimes' CDNOW sample fit (r, alpha, a, b) and its worked customer: x = 2, tx = 30.43, T = 38.86.
const params = { r: 0.242594, alpha: 4.413603, a: 0.792907, b: 2.425752 };

describe('conditionalExpectedPurchasesByHorizon', () => {
  it('gives each row the value of its own horizon, in the input order', () => {
    const data = Object.freeze({
      horizon: [39, 10, 39, 0],
      frequency: [2, 0, 0, 2],
      recency: [30.43, 0, 0, 30.43],
      T: [38.86, 20, 38.86, 38.86],
    });
    const out = conditionalExpectedPurchasesByHorizon(params, data);
    const at39 = conditionalExpectedPurchasesMany(params, 39, {
      frequency: [2, 0],
      recency: [30.43, 0],
      T: [38.86, 38.86],
    });
    const at10 = conditionalExpectedPurchasesMany(params, 10, { frequency: [0], recency: [0], T: [20] });
    expect(Array.from(out)).toEqual([at39[0], at10[0], at39[1], 0]);
    // lifetimes: conditional_expected_number_of_purchases_up_to_time(39, 2, 30.43, 38.86) = 1.2262.
    expect(out[0]).toBeCloseTo(1.2262, 3);
  });
  it('refuses a negative horizon', () => {
    expect(() =>
      conditionalExpectedPurchasesByHorizon(params, { horizon: [-1], frequency: [0], recency: [0], T: [1] }),
    ).toThrow(RangeError);
  });
});
