import { describe, expect, it } from 'vitest';
import { hessianFromValues } from '../../../src/core/btyd/hessian-from-values';

describe('hessianFromValues', () => {
  it('recovers the Hessian of a smooth function from its values alone', () => {
    // f = x² y + e^y + 3xy at (1.5, −0.5): [[2y, 2x + 3], [2x + 3, e^y]] = [[−1, 6], [6, e^−0.5]].
    const f = (t: ArrayLike<number>) => t[0] * t[0] * t[1] + Math.exp(t[1]) + 3 * t[0] * t[1];
    const theta = Object.freeze([1.5, -0.5]);
    const h = hessianFromValues(f, theta);
    expect(h[0][0]).toBeCloseTo(-1, 6);
    expect(h[0][1]).toBeCloseTo(6, 6);
    expect(h[1][0]).toBe(h[0][1]);
    expect(h[1][1]).toBeCloseTo(Math.exp(-0.5), 6);
    expect(theta).toEqual([1.5, -0.5]);
  });

  it('is exact for a quadratic up to rounding, in four dimensions', () => {
    const a = [
      [4, 1, 0, 0.5],
      [1, 3, 0.2, 0],
      [0, 0.2, 2, 0.1],
      [0.5, 0, 0.1, 1],
    ];
    const f = (t: ArrayLike<number>) => {
      let sum = 0;
      for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) sum += 0.5 * a[i][j] * t[i] * t[j];
      return sum;
    };
    const h = hessianFromValues(f, [0.3, -1, 2, 0.7]);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) expect(h[i][j]).toBeCloseTo(a[i][j], 6);
  });
});
