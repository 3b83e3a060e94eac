// Tests for k-means++ seeding.

import { describe, expect, it } from 'vitest';
import { kMeansPlusPlus } from '../../../src/core/models/k-means-plus-plus';
import { seededRandom } from '../../../src/core/models/seeded-random';

describe('kMeansPlusPlus', () => {
  it('never picks the same point twice, however many copies there are', () => {
    // 997 copies of the origin and three other points: k = 4 must pick each distinct point once
    const points = Object.freeze([
      ...Array.from({ length: 997 }, () => Object.freeze([0, 0])),
      Object.freeze([5, 5]),
      Object.freeze([10, 0]),
      Object.freeze([0, 10]),
    ]);
    for (const seed of [1, 2, 3]) {
      const centres = kMeansPlusPlus(points, 4, seededRandom(seed))!;
      expect(centres.map((c) => c.join(',')).sort()).toEqual(['0,0', '0,10', '10,0', '5,5']);
    }
    expect(points[997]).toEqual([5, 5]);
  });

  it('returns null when there are fewer distinct points than centres', () => {
    expect(kMeansPlusPlus([[1], [1], [2]], 3, seededRandom(1))).toBeNull();
    expect(kMeansPlusPlus([], 1, seededRandom(1))).toBeNull();
  });

  it('is reproducible for a seed and returns copies', () => {
    const points = [[0], [1], [2], [3], [4], [5]];
    const first = kMeansPlusPlus(points, 3, seededRandom(8))!;
    expect(kMeansPlusPlus(points, 3, seededRandom(8))).toEqual(first);
    first[0][0] = 99;
    expect(points.flat()).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
