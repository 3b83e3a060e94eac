import { describe, expect, it } from 'vitest';
import { conditionalExpectedPurchases } from '../../../src/core/btyd/expected-purchases';
import { expectedPurchasesIfAlive } from '../../../src/core/btyd/expected-purchases-if-alive';
import { pAlive } from '../../../src/core/btyd/p-alive';

const params = { r: 0.242594, alpha: 4.413602, a: 0.79292, b: 2.425888 };

describe('expectedPurchasesIfAlive', () => {
  it('times P(alive) is the conditional expectation of FHL 2005 eq. 10', () => {
    // Source: eq. 10's denominator is 1 / P(alive) (eq. 11), so the numerator is E[Y(t)] / P(alive).
    const ratio = conditionalExpectedPurchases(params, 39, 2, 30.43, 38.86) / pAlive(params, 2, 30.43, 38.86);
    expect(expectedPurchasesIfAlive(params, 39, 2, 38.86)).toBeCloseTo(ratio, 12);
  });

  it('starts with the slope of the posterior mean rate (r + x)/(α + T)', () => {
    // Computed by hand: for a short horizon an active customer buys at rate E[λ | x, T] = (r + x)/(α + T).
    expect(expectedPurchasesIfAlive(params, 1e-6, 2, 38.86) / 1e-6).toBeCloseTo(2.242594 / 43.273602, 6);
  });

  it('gives the infinite-horizon limit E[1/p] when α + T vanishes against t', () => {
    // Computed by hand: p ~ Beta(a, b + x) has E[1/p] = (a + b + x − 1)/(a − 1); a = 3, b = 2, x = 0 gives 2.
    expect(expectedPurchasesIfAlive({ r: 0.5, alpha: 1e-300, a: 3, b: 2 }, 10, 0, 0)).toBe(2);
    expect(expectedPurchasesIfAlive({ r: 0.5, alpha: 1e-300, a: 0.5, b: 2 }, 10, 0, 0)).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('is 0 for t = 0 and finite for extreme inputs', () => {
    expect(expectedPurchasesIfAlive(params, 0, 5, 10)).toBe(0);
    expect(Number.isFinite(expectedPurchasesIfAlive(params, 3650, 10_000, 10_000))).toBe(true);
    expect(Number.isFinite(expectedPurchasesIfAlive({ ...params, a: 1 }, 3650, 0, 0))).toBe(true);
  });
});
