import { describe, expect, it } from 'vitest';
import { fitParetoNbd } from '../../../src/core/btyd/fit-pareto-nbd';
import { paretoNbdCovariance } from '../../../src/core/btyd/pareto-nbd-covariance';
import { paretoNbdLogLikelihood } from '../../../src/core/btyd/pareto-nbd-log-likelihood';
import { loadSummaryColumns } from './cdnow-fixture';
import { naturalStandardErrors } from './natural-standard-errors';

const cdnow = Object.freeze(loadSummaryColumns());

describe('paretoNbdCovariance', () => {
  it('equals the inverse of a Hessian of the log-likelihood taken independently in natural parameters', () => {
    const fit = fitParetoNbd(cdnow);
    const result = paretoNbdCovariance(cdnow, fit);
    if (result.kind !== 'covariance') throw new Error(result.reason);
    // The reference sums the per-customer likelihood over all 2,357 customers in natural
    // parameters; the covariance function works on patterns in scaled log-parameters.
    const reference = naturalStandardErrors(([r, alpha, s, beta]) => {
      let total = 0;
      for (let i = 0; i < cdnow.frequency.length; i++)
        total += paretoNbdLogLikelihood(
          { r, alpha, s, beta },
          cdnow.frequency[i],
          cdnow.recency[i],
          cdnow.T[i],
        );
      return total;
    }, result.estimates);
    for (const [i, se] of result.standardErrors.entries())
      expect(Math.abs(se / reference.standardErrors[i] - 1)).toBeLessThan(1e-4);
    expect(result.names).toEqual(['r', 'alpha', 's', 'beta']);
  });
});
