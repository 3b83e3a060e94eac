import { describe, expect, it } from 'vitest';
import { bgNbdLogLikelihood } from '../../../src/core/btyd/bg-nbd-log-likelihood';
import { loadSummaryColumns } from './cdnow-fixture';

describe('bgNbdLogLikelihood', () => {
  it('reduces to r ln(α / (α + T)) for a customer without repeat purchases', () => {
    // Computed by hand from FHL 2005 eq. 6 with x = 0: the gamma and beta ratios are 1, so ln L = r ln α − r ln(α+T).
    expect(bgNbdLogLikelihood({ r: 2, alpha: 3, a: 0.5, b: 4 }, 0, 0, 5)).toBeCloseTo(
      2 * Math.log(3 / 8),
      14,
    );
  });

  it('matches a hand computation with one repeat purchase', () => {
    // Computed by hand: r = α = a = b = 1, x = 1, tx = 1, T = 2. ln Γ(2) − ln Γ(1) = 0, r ln α = 0,
    // ln B(1, 2) − ln B(1, 1) = ln ½, and the bracket is 3^−2 + (1/1)·2^−2 = 1/9 + 1/4 = 13/36,
    // so ln L = ln(½ · 13/36) = ln(13/72).
    expect(bgNbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, 1, 1, 2)).toBeCloseTo(Math.log(13 / 72), 14);
  });

  it('sums to the published log-likelihood on CDNOW at the published estimates', () => {
    // Source: Fader, Hardie & Lee (2005) report LL = −9582.4 at r = 0.243, α = 4.414, a = 0.793, b = 2.426;
    // lifetimes' estimates to 6 decimals are r 0.242594, α 4.413602, a 0.792920, b 2.425888.
    const { frequency, recency, T } = loadSummaryColumns();
    const params = { r: 0.242594, alpha: 4.413602, a: 0.79292, b: 2.425888 };
    let total = 0;
    for (let i = 0; i < frequency.length; i++)
      total += bgNbdLogLikelihood(params, frequency[i], recency[i], T[i]);
    expect(total).toBeCloseTo(-9582.43, 2);
  });

  it('stays finite for thousands of purchases over long ages', () => {
    const params = { r: 0.24, alpha: 4.41, a: 0.79, b: 2.43 };
    for (const [x, tx, T] of [
      [10_000, 9_999, 10_000],
      [10_000, 0, 10_000],
      [1, 0, 10_000],
      [0, 0, 10_000],
    ]) {
      expect(Number.isFinite(bgNbdLogLikelihood(params, x, tx, T))).toBe(true);
    }
  });
});
