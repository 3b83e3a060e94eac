// Tests for the Cholesky factorisation and solve.

import { describe, expect, it } from 'vitest';
import { choleskyFactor, choleskySolve } from '../../../src/core/models/cholesky';

describe('choleskyFactor and choleskySolve', () => {
  // The worked example of the Wikipedia article "Cholesky decomposition":
  // [[4, 12, −16], [12, 37, −43], [−16, −43, 98]] = L·Lᵀ with L = [[2, 0, 0], [6, 1, 0], [−8, 5, 3]].
  const matrix = Object.freeze([
    Object.freeze([4, 12, -16]),
    Object.freeze([12, 37, -43]),
    Object.freeze([-16, -43, 98]),
  ]);

  it('factorises the textbook example', () => {
    const result = choleskyFactor(matrix);
    expect('lower' in result && result.lower).toEqual([
      [2, 0, 0],
      [6, 1, 0],
      [-8, 5, 3],
    ]);
  });

  it('solves A·x = b', () => {
    // by hand: A · [1, 2, 3] = [4 + 24 − 48, 12 + 74 − 129, −16 − 86 + 294] = [−20, −43, 192]
    const result = choleskyFactor(matrix);
    if (!('lower' in result)) throw new Error('expected a factor');
    const x = choleskySolve(result.lower, [-20, -43, 192]);
    x.forEach((value, i) => {
      expect(value).toBeCloseTo(i + 1, 12);
    });
  });

  it('reports the first column that depends on the ones before it', () => {
    // column 2 = 2 · column 1
    expect(
      choleskyFactor([
        [1, 2],
        [2, 4],
      ]),
    ).toEqual({ failedColumn: 1 });
    expect(choleskyFactor([[-1]])).toEqual({ failedColumn: 0 });
  });
});
