import { describe, expect, it } from 'vitest';
import { indexDistinct } from '../../../src/core/btyd/index-distinct';

describe('indexDistinct', () => {
  it('maps whole numbers to their sorted distinct values', () => {
    const result = indexDistinct(Object.freeze([3, 1, 3, -2]));
    expect(Array.from(result.values)).toEqual([-2, 1, 3]);
    expect(Array.from(result.index)).toEqual([2, 1, 2, 0]);
  });

  it('maps fractional and widely spread values the same way', () => {
    const result = indexDistinct([38.86, 1.71, 38.86, 1e12, -0]);
    expect(Array.from(result.values)).toEqual([0, 1.71, 38.86, 1e12]);
    expect(Array.from(result.index)).toEqual([2, 1, 2, 3, 0]);
  });

  it('keeps every row on its own value when thousands of fractional values grow the table', () => {
    // 5,000 distinct hundredths, each twice, in an order unrelated to their size.
    const column = Array.from({ length: 10_000 }, (_, i) => ((i * 7919) % 5000) / 100 - 20);
    const result = indexDistinct(column);
    expect(result.values.length).toBe(5000);
    expect(Array.from(result.values)).toEqual([...new Set(column)].sort((p, q) => p - q));
    expect(Array.from(result.index, (k) => result.values[k])).toEqual(column);
  });

  it('handles an empty column and rejects NaN', () => {
    expect(indexDistinct([]).values.length).toBe(0);
    expect(() => indexDistinct([1, Number.NaN])).toThrow('row 2 holds NaN');
  });
});
