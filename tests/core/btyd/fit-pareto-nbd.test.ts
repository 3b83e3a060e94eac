import { describe, expect, it } from 'vitest';
import { fitParetoNbd } from '../../../src/core/btyd/fit-pareto-nbd';
import { paretoNbdLogLikelihood } from '../../../src/core/btyd/pareto-nbd-log-likelihood';
import { loadSummaryColumns } from './cdnow-fixture';

describe('fitParetoNbd', () => {
  const cdnow = loadSummaryColumns();

  it('reproduces the published CDNOW estimates from two different starts', () => {
    // Source: Fader, Hardie & Lee (2005): r 0.553, α 10.578, s 0.606, β 11.669, LL −9595.0 (also product.md).
    for (const initial of [undefined, { r: 5, alpha: 1, s: 0.1, beta: 300 }]) {
      const fit = fitParetoNbd(cdnow, { initial });
      expect(fit.converged).toBe(true);
      expect(Math.abs(fit.r / 0.553 - 1)).toBeLessThan(0.001);
      expect(Math.abs(fit.alpha / 10.578 - 1)).toBeLessThan(0.001);
      expect(Math.abs(fit.s / 0.606 - 1)).toBeLessThan(0.001);
      expect(Math.abs(fit.beta / 11.669 - 1)).toBeLessThan(0.001);
      expect(Math.abs(fit.logLikelihood + 9595.0)).toBeLessThan(0.05);
    }
  });

  it('reports the total of the per-customer log-likelihoods', () => {
    // The fit sums its series once per distinct (x, tx) and (x, T); the total must be the same.
    const fit = fitParetoNbd(cdnow);
    let total = 0;
    for (let i = 0; i < cdnow.frequency.length; i++)
      total += paretoNbdLogLikelihood(fit, cdnow.frequency[i], cdnow.recency[i], cdnow.T[i]);
    expect(fit.logLikelihood).toBeCloseTo(total, 6);
  });

  it('throws clear errors when there is nothing to fit or a row is invalid', () => {
    expect(() => fitParetoNbd({ frequency: [0, 0], recency: [0, 0], T: [3, 4] })).toThrow(
      'cannot fit Pareto/NBD: no customer has a repeat purchase',
    );
    expect(() => fitParetoNbd({ frequency: [], recency: [], T: [] })).toThrow(
      'cannot fit Pareto/NBD: there are no customers',
    );
    expect(() => fitParetoNbd({ frequency: [1], recency: [5], T: [4] })).toThrow(
      'row 1: recency is greater than T',
    );
    expect(() => fitParetoNbd(cdnow, { penalizer: -1 })).toThrow(RangeError);
  });
});
