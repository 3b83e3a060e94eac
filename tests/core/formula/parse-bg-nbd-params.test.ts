import { describe, expect, it } from 'vitest';
import { parseBgNbdParams } from '../../../src/core/formula/parse-bg-nbd-params';

describe('parseBgNbdParams', () => {
  // CDNOW sample fit of lifetimes' docs: r 0.243, alpha 4.414, a 0.793, b 2.426.
  const table = [
    ['r', 'alpha', 'a', 'b', 'log-likelihood'],
    [0.243, 4.414, 0.793, 2.426, -9582.43],
  ];
  it('reads the fit table by label and a values row by position', () => {
    const expected = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    expect(parseBgNbdParams(table, 'params')).toEqual(expected);
    expect(parseBgNbdParams([table[1]], 'params')).toEqual(expected);
  });
  it('names the argument and CRM_BGNBD_FIT when it cannot', () => {
    expect(() => parseBgNbdParams('', 'bgnbd_params')).toThrow(
      'bgnbd_params is required (the output of CRM_BGNBD_FIT)',
    );
    expect(() => parseBgNbdParams([[0.2, 4, 0.8, 0]], 'params')).toThrow('params b must be greater than 0');
  });
});
