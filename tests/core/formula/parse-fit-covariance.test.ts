import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../src/core/formula/formula-error';
import { parseFitCovariance } from '../../../src/core/formula/parse-fit-covariance';

const SPEC = Object.freeze({
  argument: 'gg_params',
  source: 'CRM_GAMMAGAMMA_FIT',
  labels: ['p', 'q', 'gamma'],
});
const TABLE = Object.freeze([
  ['p', 'q', 'gamma', 'log-likelihood', ''],
  [6, 4, 15, -4000, 'estimate'],
  [1, 0.5, 2, '', 'standard error'],
  [1, -0.5, 0.25, '', 'correlation with p'],
  [-0.5, 1, 0, '', 'correlation with q'],
  [0.25, 0, 1, '', 'correlation with gamma'],
]);

describe('parseFitCovariance', () => {
  it('rebuilds Σᵢⱼ = ρᵢⱼ sᵢ sⱼ from the standard-error and correlation rows', () => {
    // By hand: Σ_pq = −0.5 · 1 · 0.5, Σ_pγ = 0.25 · 1 · 2, Σ_qγ = 0.
    expect(parseFitCovariance(TABLE, SPEC)).toEqual([
      [1, -0.25, 0.5],
      [-0.25, 0.25, 0],
      [0.5, 0, 4],
    ]);
  });

  it('reads the table turned sideways the same way', () => {
    const sideways = TABLE[0].map((_, j) => TABLE.map((row) => row[j]));
    expect(parseFitCovariance(sideways, SPEC)).toEqual(parseFitCovariance(TABLE, SPEC));
  });

  it('takes the estimates as uncorrelated when only the standard-error row is there', () => {
    expect(parseFitCovariance(TABLE.slice(0, 3), SPEC)).toEqual([
      [1, 0, 0],
      [0, 0.25, 0],
      [0, 0, 4],
    ]);
  });

  it('returns null for a table or values without standard errors', () => {
    expect(parseFitCovariance(TABLE.slice(0, 2), SPEC)).toBeNull();
    expect(parseFitCovariance([[6, 4, 15]], SPEC)).toBeNull();
  });

  it('passes on why the fit gave none, and refuses partial or impossible figures', () => {
    const none = [
      TABLE[0],
      TABLE[1],
      ['n/a', 'n/a', 'n/a', '', 'standard error: n/a (the likelihood is flat along q)'],
    ];
    expect(() => parseFitCovariance(none, SPEC)).toThrow(
      new FormulaError('gg_params has no standard errors: the likelihood is flat along q'),
    );
    expect(() => parseFitCovariance(TABLE.slice(0, 4), SPEC)).toThrow(
      'gg_params has no "correlation with q" row (give the whole table of CRM_GAMMAGAMMA_FIT)',
    );
    const negative = [TABLE[0], TABLE[1], [1, -0.5, 2, '', 'standard error']];
    expect(() => parseFitCovariance(negative, SPEC)).toThrow(
      'gg_params standard error of q must be greater than 0',
    );
    const beyond = TABLE.map((row, i) => (i === 3 ? [1, -1.5, 0.25, '', 'correlation with p'] : row));
    expect(() => parseFitCovariance(beyond, SPEC)).toThrow(
      'gg_params correlation of p with q must be between -1 and 1',
    );
  });
});
