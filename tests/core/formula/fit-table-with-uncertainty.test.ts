import { describe, expect, it } from 'vitest';
import { fitTableWithUncertainty } from '../../../src/core/formula/fit-table-with-uncertainty';

describe('fitTableWithUncertainty', () => {
  it('adds standard errors and correlations under their parameters, labelled in a last column', () => {
    const table = fitTableWithUncertainty(
      [
        ['p', 6],
        ['q', 4],
        ['share', 0.4],
        ['customers', 10],
      ],
      {
        kind: 'covariance',
        names: ['p', 'q'],
        estimates: [6, 4],
        // Correlation −0.1 / (1 · 0.5) = −0.2.
        covariance: [
          [1, -0.1],
          [-0.1, 0.25],
        ],
        standardErrors: [1, 0.5],
      },
      { share: 0.05 },
    );
    expect(table).toEqual([
      ['p', 'q', 'share', 'customers', ''],
      [6, 4, 0.4, 10, 'estimate'],
      [1, 0.5, 0.05, '', 'standard error'],
      [1, -0.2, '', '', 'correlation with p'],
      [-0.2, 1, '', '', 'correlation with q'],
    ]);
  });

  it('writes n/a with the reason when there is no covariance', () => {
    expect(
      fitTableWithUncertainty(
        [
          ['p', 6],
          ['customers', 2],
        ],
        { kind: 'none', names: ['p'], reason: 'flat' },
      ),
    ).toEqual([
      ['p', 'customers', ''],
      [6, 2, 'estimate'],
      ['n/a', '', 'standard error: n/a (flat)'],
    ]);
  });

  it('refuses a value that is not finite, as fitTable does', () => {
    expect(() =>
      fitTableWithUncertainty([['p', Number.NaN]], { kind: 'none', names: ['p'], reason: 'flat' }),
    ).toThrow('the fit did not produce a finite p');
  });
});

describe('fitTableWithUncertainty correlations', () => {
  it('never writes a correlation beyond ±1, even when rounding would', () => {
    const se = Math.sqrt(0.1);
    const table = fitTableWithUncertainty(
      [
        ['a', 1],
        ['b', 1],
      ],
      {
        kind: 'covariance',
        names: ['a', 'b'],
        estimates: [1, 1],
        covariance: [
          [0.1, 0.1 * (1 + 1e-15)],
          [0.1 * (1 + 1e-15), 0.1],
        ],
        standardErrors: [se, se],
      },
    );
    expect(table[3][1]).toBe(1);
    expect(table[4][0]).toBe(1);
  });
});
