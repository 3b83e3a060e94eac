import { describe, expect, it } from 'vitest';
import { bgNbdCovariance } from '../../../src/core/btyd/bg-nbd-covariance';
import { bgNbdLogLikelihood } from '../../../src/core/btyd/bg-nbd-log-likelihood';
import { fitBgNbd } from '../../../src/core/btyd/fit-bg-nbd';
import { loadSummaryColumns } from './cdnow-fixture';
import { naturalStandardErrors } from './natural-standard-errors';

const cdnow = Object.freeze(loadSummaryColumns());
const fit = fitBgNbd(cdnow);

describe('bgNbdCovariance', () => {
  const result = bgNbdCovariance(cdnow, fit);
  if (result.kind !== 'covariance') throw new Error(result.reason);

  it('gives the standard errors lifetimes prints for BG/NBD on the CDNOW sample', () => {
    // Source: lifetimes docs/Quickstart.md (CamDavidsonPilon/lifetimes at 4f2833f), bgf.summary:
    // se(coef) r 0.012557, alpha 0.378221, a 0.185719, b 0.705345 (inverse Hessian in log space,
    // mapped by params², the same delta method).
    const published = [0.012557, 0.378221, 0.185719, 0.705345];
    for (const [i, se] of result.standardErrors.entries())
      expect(Math.abs(se / published[i] - 1)).toBeLessThan(2e-4);
    expect(result.names).toEqual(['r', 'alpha', 'a', 'b']);
    expect(result.estimates).toEqual([fit.r, fit.alpha, fit.a, fit.b]);
  });

  it('equals the inverse of a Hessian of the log-likelihood taken independently in natural parameters', () => {
    const reference = naturalStandardErrors(([r, alpha, a, b]) => {
      let total = 0;
      for (let i = 0; i < cdnow.frequency.length; i++)
        total += bgNbdLogLikelihood({ r, alpha, a, b }, cdnow.frequency[i], cdnow.recency[i], cdnow.T[i]);
      return total;
    }, result.estimates);
    for (const [i, se] of result.standardErrors.entries())
      expect(Math.abs(se / reference.standardErrors[i] - 1)).toBeLessThan(2e-5);
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) {
        const scale = reference.standardErrors[i] * reference.standardErrors[j];
        expect(Math.abs(result.covariance[i][j] - reference.covariance[i][j]) / scale).toBeLessThan(2e-5);
        expect(result.covariance[i][j]).toBe(result.covariance[j][i]);
      }
  });

  it('shrinks standard errors by √k when every customer is repeated k times', () => {
    const twice = {
      frequency: [...cdnow.frequency, ...cdnow.frequency],
      recency: [...cdnow.recency, ...cdnow.recency],
      T: [...cdnow.T, ...cdnow.T],
    };
    const doubled = bgNbdCovariance(twice, fit);
    if (doubled.kind !== 'covariance') throw new Error(doubled.reason);
    for (const [i, se] of doubled.standardErrors.entries())
      expect(se * Math.SQRT2).toBeCloseTo(result.standardErrors[i], 8);
  });

  it('says why when the likelihood has no curvature, instead of returning NaN', () => {
    // Two identical repeat buyers cannot separate a from b: the fit runs off along a ridge.
    const tiny = { frequency: [1, 1], recency: [1, 1], T: [2, 2] };
    const none = bgNbdCovariance(tiny, { r: 1, alpha: 1, a: 1e6, b: 1e6 });
    expect(none.kind).toBe('none');
    if (none.kind === 'none')
      expect(none.reason).toMatch(/Hessian is not positive definite|could not be computed/);
  });
});
