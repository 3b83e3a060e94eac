import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/btyd/create-random';
import { randomGamma } from '../../../src/core/btyd/random-gamma';

describe('randomGamma', () => {
  it('has the mean and variance of Gamma(shape, 1), which are both the shape', () => {
    const n = 200_000;
    for (const shape of [0.24, 1, 2.43, 30]) {
      const random = createRandom(99);
      let sum = 0;
      let squares = 0;
      for (let i = 0; i < n; i++) {
        const g = randomGamma(random, shape);
        expect(g).toBeGreaterThanOrEqual(0);
        sum += g;
        squares += g * g;
      }
      const mean = sum / n;
      const variance = squares / n - mean * mean;
      // Source: Gamma(k, 1) has mean k and variance k; the mean's standard error is √(k/n), and 6 of them are
      // allowed; the variance estimate's relative standard error is about √((2 + 6/k)/n) ≤ 0.012 here, so 8 %.
      expect(Math.abs(mean - shape)).toBeLessThan(6 * Math.sqrt(shape / n));
      expect(Math.abs(variance / shape - 1)).toBeLessThan(0.08);
    }
  });

  it('rejects a shape that is not positive', () => {
    expect(() => randomGamma(Math.random, 0)).toThrow(RangeError);
  });
});
