import { describe, expect, it } from 'vitest';
import { paretoNbdConditionalExpectedPurchases } from '../../../src/core/btyd/pareto-nbd-expected-purchases';

const cdnow = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };

describe('paretoNbdConditionalExpectedPurchases', () => {
  it('matches a hand computation at s = 1, where the printed formula is 0/0', () => {
    // Computed by hand (note 009 eq. 41 in the limit s → 1): P(alive) · (r+x)(β+T)/(α+T) · ln(1 + t/(β+T)); with
    // r = s = α = β = 1, x = 1, tx = 1, T = 2, t = 3: 24/43 · 2 · ln 2.
    const value = paretoNbdConditionalExpectedPurchases({ r: 1, alpha: 1, s: 1, beta: 1 }, 3, 1, 1, 2);
    expect(value).toBeCloseTo((48 / 43) * Math.LN2, 14);
  });

  it('agrees with the printed formula away from s = 1 and is continuous through it', () => {
    // Computed by hand from eq. 41 with x = 0, tx = 0, T = 0 (P(alive) = 1): r β/(α(s−1)) · (1 − (β/(β+t))^(s−1)).
    const { r, alpha, s, beta } = cdnow;
    const expected = ((r * beta) / (alpha * (s - 1))) * (1 - (beta / (beta + 39)) ** (s - 1));
    expect(paretoNbdConditionalExpectedPurchases(cdnow, 39, 0, 0, 0)).toBeCloseTo(expected, 12);
    const at = (value: number) =>
      paretoNbdConditionalExpectedPurchases({ ...cdnow, s: value }, 39, 2, 30.43, 38.86);
    expect(at(1)).toBeCloseTo((at(1 - 1e-7) + at(1 + 1e-7)) / 2, 9);
  });

  it('grows with the horizon and stays finite at the extremes', () => {
    let previous = 0;
    for (const t of [0, 1, 30, 522, 3650]) {
      const value = paretoNbdConditionalExpectedPurchases(cdnow, t, 2, 30.43, 38.86);
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
    for (const [x, tx, T] of [
      [10_000, 0, 10_000],
      [10_000, 10_000, 10_000],
      [0, 0, 0],
    ]) {
      expect(Number.isFinite(paretoNbdConditionalExpectedPurchases(cdnow, 3650, x, tx, T))).toBe(true);
    }
  });

  it('rejects a negative horizon', () => {
    expect(() => paretoNbdConditionalExpectedPurchases(cdnow, -1, 0, 0, 1)).toThrow(RangeError);
  });
});
