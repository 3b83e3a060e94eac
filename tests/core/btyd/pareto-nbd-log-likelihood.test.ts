import { describe, expect, it } from 'vitest';
import { paretoNbdLogLikelihood } from '../../../src/core/btyd/pareto-nbd-log-likelihood';
import { loadSummaryColumns } from './cdnow-fixture';

describe('paretoNbdLogLikelihood', () => {
  it('matches a hand computation where α = β (the hypergeometric terms are 1)', () => {
    // Computed by hand from Fader & Hardie's note (eqs. 18–20), r = s = α = β = 1, x = 1, tx = 1, T = 2:
    // Γ(2)/Γ(1) = 1; (α+T)^−2 (β+T)^−1 = 1/27; A₀ = 2^−3 − 3^−3 = 19/216; s/(r+s+x) = 1/3;
    // L = 1/27 + 19/648 = 43/648.
    expect(paretoNbdLogLikelihood({ r: 1, alpha: 1, s: 1, beta: 1 }, 1, 1, 2)).toBeCloseTo(
      Math.log(43 / 648),
      14,
    );
  });

  it('is continuous where α crosses β (the two forms of A₀ meet)', () => {
    const base = { r: 0.55, alpha: 11, s: 0.6, beta: 11 };
    const at = paretoNbdLogLikelihood(base, 3, 20, 38);
    expect(paretoNbdLogLikelihood({ ...base, alpha: 11 * (1 + 1e-9) }, 3, 20, 38)).toBeCloseTo(at, 8);
    expect(paretoNbdLogLikelihood({ ...base, alpha: 11 * (1 - 1e-9) }, 3, 20, 38)).toBeCloseTo(at, 8);
  });

  it('sums to the published log-likelihood on CDNOW at the published estimates', () => {
    // Source: Fader, Hardie & Lee (2005): Pareto/NBD on CDNOW, r 0.553, α 10.578, s 0.606, β 11.669, LL −9595.0.
    const { frequency, recency, T } = loadSummaryColumns();
    const params = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
    let total = 0;
    for (let i = 0; i < frequency.length; i++)
      total += paretoNbdLogLikelihood(params, frequency[i], recency[i], T[i]);
    expect(Math.abs(total + 9595.0)).toBeLessThan(0.05);
  });

  it('stays finite for thousands of purchases and at tx = T', () => {
    const params = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
    for (const [x, tx, T] of [
      [10_000, 5_000, 10_000],
      [10_000, 10_000, 10_000],
      [10_000, 0, 10_000],
      [0, 0, 0],
    ]) {
      expect(Number.isFinite(paretoNbdLogLikelihood(params, x, tx, T))).toBe(true);
      expect(Number.isFinite(paretoNbdLogLikelihood({ ...params, alpha: 20 }, x, tx, T))).toBe(true);
    }
  });
});
