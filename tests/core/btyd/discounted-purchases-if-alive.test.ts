import { describe, expect, it } from 'vitest';
import { discountedPurchasesIfAlive } from '../../../src/core/btyd/discounted-purchases-if-alive';
import { expectedPurchasesIfAlive } from '../../../src/core/btyd/expected-purchases-if-alive';

const params = { r: 0.242594, alpha: 4.413602, a: 0.79292, b: 2.425888 };
const E = (t: number) => expectedPurchasesIfAlive(params, t, 2, 38.86);

describe('discountedPurchasesIfAlive', () => {
  it('discounts each month’s increment of expected purchases', () => {
    // Computed by hand from the definition: E(L)/1.01 + (E(2L) − E(L))/1.01², L = 4.345.
    const value = discountedPurchasesIfAlive(params, 2, 38.86, 2, 0.01, 4.345);
    expect(value).toBeCloseTo(E(4.345) / 1.01 + (E(8.69) - E(4.345)) / 1.01 ** 2, 12);
  });

  it('telescopes to E(months · L) without discounting', () => {
    // Computed by hand: with d = 0 the increments add up to the cumulative expectation.
    expect(discountedPurchasesIfAlive(params, 2, 38.86, 12, 0, 30)).toBeCloseTo(E(360), 12);
  });

  it('is 0 for no months', () => {
    expect(discountedPurchasesIfAlive(params, 2, 38.86, 0, 0.01, 30)).toBe(0);
  });
});
