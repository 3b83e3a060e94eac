import { describe, expect, it } from 'vitest';
import { paretoNbdLogA0 } from '../../../src/core/btyd/pareto-nbd-log-a0';

describe('paretoNbdLogA0', () => {
  it('is ln((m+tx)^−(r+s+x) − (m+T)^−(r+s+x)) when α = β = m', () => {
    // Computed by hand: r = s = α = β = 1, x = 1, tx = 1, T = 2 gives 2^−3 − 3^−3 = 19/216.
    expect(paretoNbdLogA0({ r: 1, alpha: 1, s: 1, beta: 1 }, 1, 1, 2)).toBeCloseTo(Math.log(19 / 216), 14);
  });

  it('is −Infinity when tx = T', () => {
    expect(paretoNbdLogA0({ r: 0.5, alpha: 10, s: 0.6, beta: 12 }, 2, 30, 30)).toBe(Number.NEGATIVE_INFINITY);
  });
});
