import { describe, expect, it } from 'vitest';
import { expectedPurchasesInPeriod } from '../../../src/core/btyd/expected-purchases-in-period';
import { hyp2f1 } from '../../../src/core/btyd/hyp2f1';

describe('expectedPurchasesInPeriod', () => {
  it('agrees with FHL 2005 equation 9 evaluated directly', () => {
    for (const p of [
      { r: 0.242594, alpha: 4.413602, a: 0.79292, b: 2.425888 },
      { r: 2, alpha: 10, a: 3, b: 5 },
    ]) {
      for (const t of [1, 39, 78, 500]) {
        const { r, alpha, a, b } = p;
        const expected =
          ((a + b - 1) / (a - 1)) *
          (1 - (alpha / (alpha + t)) ** r * hyp2f1(r, b, a + b - 1, t / (alpha + t)));
        expect(expectedPurchasesInPeriod(p, t) / expected).toBeCloseTo(1, 10);
      }
    }
  });

  it('starts with slope r/α, the mean purchase rate of a new customer', () => {
    // Computed by hand: E[X(t)] ≈ E[λ] t = (r/α) t for small t, as nobody has dropped out yet.
    const p = { r: 0.242594, alpha: 4.413602, a: 0.79292, b: 2.425888 };
    expect(expectedPurchasesInPeriod(p, 1e-6) / 1e-6).toBeCloseTo(p.r / p.alpha, 6);
  });

  it('is 0 at t = 0 and rejects a negative horizon', () => {
    expect(expectedPurchasesInPeriod({ r: 1, alpha: 1, a: 1, b: 1 }, 0)).toBe(0);
    expect(() => expectedPurchasesInPeriod({ r: 1, alpha: 1, a: 1, b: 1 }, -2)).toThrow(RangeError);
  });
});
