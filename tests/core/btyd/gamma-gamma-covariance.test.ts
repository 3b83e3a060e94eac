import { describe, expect, it } from 'vitest';
import { fitGammaGamma } from '../../../src/core/btyd/fit-gamma-gamma';
import { gammaGammaCovariance } from '../../../src/core/btyd/gamma-gamma-covariance';
import { logGamma } from '../../../src/core/btyd/log-gamma';
import { loadSummaryWithSpend } from './cdnow-fixture';
import { naturalStandardErrors } from './natural-standard-errors';

const rows = loadSummaryWithSpend();
const frequency = Object.freeze(rows.map((row) => row.x));
const monetary = Object.freeze(rows.map((row) => row.zbar));

describe('gammaGammaCovariance', () => {
  it('equals the inverse of a Hessian of the log-likelihood taken independently in natural parameters', () => {
    const fit = fitGammaGamma(frequency, monetary);
    const result = gammaGammaCovariance(frequency, monetary, fit);
    if (result.kind !== 'covariance') throw new Error(result.reason);
    // Fader & Hardie (2013) eq. 1a written out here per customer, over the 946 repeat buyers.
    const reference = naturalStandardErrors(
      ([p, q, gamma]) => {
        let total = 0;
        for (let i = 0; i < frequency.length; i++) {
          const x = frequency[i];
          const m = monetary[i];
          if (x === 0) continue;
          total +=
            logGamma(p * x + q) -
            logGamma(p * x) -
            logGamma(q) +
            q * Math.log(gamma) +
            (p * x - 1) * Math.log(m) +
            p * x * Math.log(x) -
            (p * x + q) * Math.log(gamma + m * x);
        }
        return total;
        // A smaller step than the default: here truncation (∝ step²) dominates at 1e-3.
      },
      result.estimates,
      3e-4,
    );
    for (const [i, se] of result.standardErrors.entries())
      expect(Math.abs(se / reference.standardErrors[i] - 1)).toBeLessThan(2e-5);
    expect(result.names).toEqual(['p', 'q', 'gamma']);
  });

  it('leaves out the rows the fit leaves out (x = 0, or m ≤ 0)', () => {
    const fit = fitGammaGamma(frequency, monetary);
    const base = gammaGammaCovariance(frequency, monetary, fit);
    const padded = gammaGammaCovariance([...frequency, 0, 3], [...monetary, 50, 0], fit);
    if (base.kind !== 'covariance' || padded.kind !== 'covariance') throw new Error('no covariance');
    expect(padded.standardErrors).toEqual(base.standardErrors);
  });
});
