import { describe, expect, it } from 'vitest';
import { fitMbgNbd } from '../../../src/core/btyd/fit-mbg-nbd';
import { mbgNbdCovariance } from '../../../src/core/btyd/mbg-nbd-covariance';
import { mbgNbdLogLikelihood } from '../../../src/core/btyd/mbg-nbd-log-likelihood';
import { loadSummaryColumns } from './cdnow-fixture';
import { naturalStandardErrors } from './natural-standard-errors';

const cdnow = Object.freeze(loadSummaryColumns());

describe('mbgNbdCovariance', () => {
  it('equals the inverse of a Hessian of the log-likelihood taken independently in natural parameters', () => {
    const fit = fitMbgNbd(cdnow);
    const result = mbgNbdCovariance(cdnow, fit);
    if (result.kind !== 'covariance') throw new Error(result.reason);
    const reference = naturalStandardErrors(([r, alpha, a, b]) => {
      let total = 0;
      for (let i = 0; i < cdnow.frequency.length; i++)
        total += mbgNbdLogLikelihood({ r, alpha, a, b }, cdnow.frequency[i], cdnow.recency[i], cdnow.T[i]);
      return total;
    }, result.estimates);
    for (const [i, se] of result.standardErrors.entries())
      expect(Math.abs(se / reference.standardErrors[i] - 1)).toBeLessThan(2e-5);
    // No published MBG/NBD standard errors on CDNOW to compare with: these pin this fit's
    // (r 0.525, α 6.18, a 0.891, b 1.61), which agree with the independent Hessian above.
    expect(result.standardErrors.map((se) => Number(se.toPrecision(3)))).toEqual([
      0.0833, 0.696, 0.155, 0.537,
    ]);
  });

  it('uses the penalised objective when the fit was penalised', () => {
    const penalizer = 0.01;
    const plain = mbgNbdCovariance(cdnow, fitMbgNbd(cdnow));
    const penalised = mbgNbdCovariance(cdnow, fitMbgNbd(cdnow, { penalizer }), penalizer);
    if (plain.kind !== 'covariance' || penalised.kind !== 'covariance') throw new Error('no covariance');
    // The penalty adds curvature, so no standard error can grow by much and b's (the loosest) shrinks.
    expect(penalised.standardErrors[3]).toBeLessThan(plain.standardErrors[3]);
  });
});
