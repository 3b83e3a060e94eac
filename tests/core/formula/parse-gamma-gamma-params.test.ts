import { describe, expect, it } from 'vitest';
import { parseGammaGammaParams } from '../../../src/core/formula/parse-gamma-gamma-params';

describe('parseGammaGammaParams', () => {
  // CDNOW sample Gamma-Gamma fit of lifetimes' docs: p 6.25, q 3.74, gamma 15.45.
  it('reads the fit table by label, whatever the order of its columns', () => {
    const table = [
      ['gamma', 'q', 'p'],
      [15.45, 3.74, 6.25],
    ];
    expect(parseGammaGammaParams(table, 'gg_params')).toEqual({ p: 6.25, q: 3.74, gamma: 15.45 });
    expect(parseGammaGammaParams([[6.25, 3.74, 15.45]], 'gg_params')).toEqual({
      p: 6.25,
      q: 3.74,
      gamma: 15.45,
    });
  });
  it('names the argument and CRM_GAMMAGAMMA_FIT when values are missing', () => {
    expect(() => parseGammaGammaParams([[6.25, 3.74]], 'gg_params')).toThrow(
      'gg_params needs 3 values (p, q, gamma), the output of CRM_GAMMAGAMMA_FIT; got 2',
    );
  });
});
