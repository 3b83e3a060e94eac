import { describe, expect, it } from 'vitest';
import { type ParamsSpec, parseParams } from '../../../src/core/formula/parse-params';

const BGNBD: ParamsSpec = {
  argument: 'params',
  source: 'CRM_BGNBD_FIT',
  count: 4,
  labels: ['r', 'alpha', 'a', 'b'],
  positive: true,
};
// Fader, Hardie & Lee (2005), CDNOW sample estimates.
const VALUES = [0.2426, 4.4136, 0.7929, 2.4259];

describe('parseParams', () => {
  it('reads the fit table as it spills, extra columns ignored', () => {
    const table = [
      ['r', 'alpha', 'a', 'b', 'log-likelihood'],
      [...VALUES, -9582.43],
    ];
    expect(parseParams(table, BGNBD)).toEqual(VALUES);
  });
  it('matches labels in any order, case and Greek spelling', () => {
    const table = [
      ['B', 'a', 'α', 'R'],
      [2.4259, 0.7929, 4.4136, 0.2426],
    ];
    expect(parseParams(table, BGNBD)).toEqual(VALUES);
  });
  it('reads the values row alone, a values column, numeric text and a sideways table', () => {
    expect(parseParams([VALUES], BGNBD)).toEqual(VALUES);
    expect(
      parseParams(
        VALUES.map((v) => [v]),
        BGNBD,
      ),
    ).toEqual(VALUES);
    expect(parseParams([VALUES.map(String)], BGNBD)).toEqual(VALUES);
    expect(
      parseParams(
        BGNBD.labels!.map((label, i) => [label, VALUES[i]]),
        BGNBD,
      ),
    ).toEqual(VALUES);
  });
  it('says what is missing when the argument is omitted', () => {
    for (const omitted of ['', null, undefined, [['', '']]])
      expect(() => parseParams(omitted, BGNBD)).toThrow('params is required (the output of CRM_BGNBD_FIT)');
  });
  it('names a missing label, too few values, text and non-positive values', () => {
    expect(() => parseParams([['r', 'alpha', 'a'], VALUES.slice(0, 3)], BGNBD)).toThrow('params has no "b"');
    expect(() => parseParams([VALUES.slice(0, 3)], BGNBD)).toThrow(
      'params needs 4 values (r, alpha, a, b), the output of CRM_BGNBD_FIT; got 3',
    );
    expect(() => parseParams([[0.24, 4.41, 0.79, -1]], BGNBD)).toThrow('params b must be greater than 0');
    expect(() =>
      parseParams(
        [
          ['r', 'alpha', 'a', 'b'],
          [0.24, 'x', 0.79, 2.4],
        ],
        BGNBD,
      ),
    ).toThrow('params alpha is not a number');
  });
  it('reads by position when no labels are asked for', () => {
    const spec: ParamsSpec = { argument: 'model', source: 'CRM_CHURN_MODEL', count: 2 };
    expect(
      parseParams(
        [
          ['intercept', 'recency', 'rows used'],
          [-1, 0.5, 100],
        ],
        spec,
      ),
    ).toEqual([-1, 0.5]);
  });
});
