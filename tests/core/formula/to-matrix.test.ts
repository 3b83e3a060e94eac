import { describe, expect, it } from 'vitest';
import { toMatrix } from '../../../src/core/formula/to-matrix';

describe('toMatrix', () => {
  it('wraps a single value as a 1×1 table', () => {
    expect(toMatrix(5, 'x')).toEqual([[5]]);
    expect(toMatrix('', 'x')).toEqual([['']]);
  });
  it('keeps a 2-D range and reads a flat list as a column', () => {
    const range = Object.freeze([Object.freeze([1, 2]), Object.freeze([3, 4])]);
    expect(toMatrix(range, 'x')).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(toMatrix([1, 2], 'x')).toEqual([[1], [2]]);
    expect(toMatrix([], 'x')).toEqual([]);
  });
  it('rejects ragged rows and mixed shapes', () => {
    expect(() => toMatrix([[1, 2], [3]], 'revenue')).toThrow('revenue has rows of different lengths');
    expect(() => toMatrix([[1], 2], 'revenue')).toThrow('revenue mixes rows and single values');
  });
});
