import { describe, expect, it } from 'vitest';
import { parsePurchaseModel } from '../../../src/core/formula/parse-purchase-model';

const BG_TABLE = [
  ['r', 'alpha', 'a', 'b', 'log-likelihood', 'customers', 'invalid rows'],
  [0.24, 4.41, 0.79, 2.43, -9582.4, 2357, 0],
];
const MBG_TABLE = [
  ['r', 'alpha', 'a', 'b', 'log-likelihood', 'customers', 'invalid rows', 'drop-out at first purchase'],
  [0.52, 6.18, 0.89, 1.61, -9582.1, 2357, 0, 0.36],
];
const PARETO_TABLE = [
  ['r', 'alpha', 's', 'beta', 'log-likelihood', 'customers', 'invalid rows'],
  [0.553, 10.578, 0.606, 11.669, -9595, 2357, 0],
];

describe('parsePurchaseModel', () => {
  it('tells the three fits apart by their labels', () => {
    expect(parsePurchaseModel(BG_TABLE, 'params')).toEqual({
      kind: 'bgnbd',
      params: { r: 0.24, alpha: 4.41, a: 0.79, b: 2.43 },
    });
    expect(parsePurchaseModel(MBG_TABLE, 'params')).toEqual({
      kind: 'mbgnbd',
      params: { r: 0.52, alpha: 6.18, a: 0.89, b: 1.61 },
    });
    expect(parsePurchaseModel(PARETO_TABLE, 'params')).toEqual({
      kind: 'paretonbd',
      params: { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 },
    });
  });

  it('reads a table turned sideways and Greek labels', () => {
    const sideways = [
      ['β', 11.669],
      ['s', 0.606],
      ['α', 10.578],
      ['r', 0.553],
    ];
    expect(parsePurchaseModel(sideways, 'params')).toEqual({
      kind: 'paretonbd',
      params: { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 },
    });
  });

  it('reads values without labels as BG/NBD, as before the other fits', () => {
    expect(parsePurchaseModel([[0.24, 4.41, 0.79, 2.43]], 'params').kind).toBe('bgnbd');
  });

  it('names what is missing', () => {
    expect(() => parsePurchaseModel('', 'params')).toThrow(
      'params is required (the output of CRM_BGNBD_FIT, CRM_MBGNBD_FIT or CRM_PARETO_NBD_FIT)',
    );
    expect(() =>
      parsePurchaseModel(
        [
          ['r', 's', 'beta'],
          [1, 2, 3],
        ],
        'params',
      ),
    ).toThrow('params has no "alpha"');
    expect(() => parsePurchaseModel([[0.24, 0, 0.79, 2.43]], 'params')).toThrow(
      'params alpha must be greater than 0',
    );
  });
});
