import { describe, expect, it } from 'vitest';
import { deltaMethodVariance } from '../../../src/core/btyd/delta-method-variance';

describe('deltaMethodVariance', () => {
  it('is gᵀ Σ g', () => {
    // Var(X − Y) = Var X − 2 Cov(X, Y) + Var Y = 4 − 2 + 9.
    expect(
      deltaMethodVariance(
        [1, -1],
        [
          [4, 1],
          [1, 9],
        ],
      ),
    ).toBe(11);
    // The variance of a/(a + b): gradient (b, −a)/(a + b)² at a = 1, b = 3 is (3/16, −1/16).
    expect(
      deltaMethodVariance(
        [3 / 16, -1 / 16],
        [
          [0.04, 0.1],
          [0.1, 0.5],
        ],
      ),
    ).toBeCloseTo((9 * 0.04 - 6 * 0.1 + 0.5) / 256, 15);
  });
});
