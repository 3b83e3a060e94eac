import { describe, expect, it } from 'vitest';
import { choleskyInverse } from '../../../src/core/models/cholesky-inverse';

describe('choleskyInverse', () => {
  it('inverts a 2 × 2 matrix as the adjugate formula does', () => {
    // [[4, 2], [2, 3]]⁻¹ = [[3, −2], [−2, 4]] / (12 − 4), worked by hand.
    const result = choleskyInverse(Object.freeze([Object.freeze([4, 2]), Object.freeze([2, 3])]));
    if (!('inverse' in result)) throw new Error('not inverted');
    expect(result.inverse[0][0]).toBeCloseTo(0.375, 14);
    expect(result.inverse[0][1]).toBeCloseTo(-0.25, 14);
    expect(result.inverse[1][1]).toBeCloseTo(0.5, 14);
    expect(result.inverse[1][0]).toBe(result.inverse[0][1]);
  });

  it('gives A·A⁻¹ = I for a 4 × 4 matrix', () => {
    const a = [
      [10, 2, 3, 1],
      [2, 8, 1, 0.5],
      [3, 1, 6, 2],
      [1, 0.5, 2, 5],
    ];
    const result = choleskyInverse(a);
    if (!('inverse' in result)) throw new Error('not inverted');
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) {
        let sum = 0;
        for (let k = 0; k < 4; k++) sum += a[i][k] * result.inverse[k][j];
        expect(sum).toBeCloseTo(i === j ? 1 : 0, 12);
      }
  });

  it('names the first column without a pivot when the matrix is not positive definite', () => {
    expect(
      choleskyInverse([
        [1, 2],
        [2, 1],
      ]),
    ).toEqual({ failedColumn: 1 });
    expect(
      choleskyInverse([
        [-1, 0],
        [0, 1],
      ]),
    ).toEqual({ failedColumn: 0 });
    expect(
      choleskyInverse([
        [1, 1],
        [1, 1],
      ]),
    ).toEqual({ failedColumn: 1 });
  });
});
