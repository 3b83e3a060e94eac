import { silhouette } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import {
  meanSilhouette,
  meanSilhouetteOfPoints,
  pairwiseDistances,
} from '../../../src/core/models/mean-silhouette';
import { seededRandom } from '../../../src/core/models/seeded-random';

describe('pairwiseDistances', () => {
  it('holds every Euclidean distance, symmetric with a zero diagonal', () => {
    expect([
      ...pairwiseDistances([
        [0, 0],
        [3, 4],
        [6, 8],
      ]),
    ]).toEqual([0, 5, 10, 5, 0, 5, 10, 5, 0]);
  });
});

describe('meanSilhouette', () => {
  it('matches a hand computation (Rousseeuw 1987)', () => {
    // Points 0, 1 | 10, 11: a = 1 for all; b = 10.5, 9.5, 9.5, 10.5 → s = 9.5/10.5, 8.5/9.5, 8.5/9.5, 9.5/10.5.
    const expected = (2 * (9.5 / 10.5) + 2 * (8.5 / 9.5)) / 4;
    expect(meanSilhouette(pairwiseDistances([[0], [1], [10], [11]]), [0, 0, 1, 1])).toBeCloseTo(expected, 12);
  });

  it('counts a point alone in its cluster as 0', () => {
    // Point 10 alone: 0; points 0 and 1: a = 1, b = 10 and 9 → 0.9 and 8/9.
    expect(meanSilhouette(pairwiseDistances([[0], [1], [10]]), [0, 0, 1])).toBeCloseTo(
      (0.9 + 8 / 9 + 0) / 3,
      12,
    );
  });

  it('equals the mean of simple-statistics silhouette on random clusterings', () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 20; trial++) {
      const n = 5 + Math.floor(random() * 60);
      const k = 2 + Math.floor(random() * 4);
      const points = Array.from({ length: n }, () => [random() * 10, random() * 10, random()]);
      // Every cluster gets a member first, as k-means guarantees.
      const labels = points.map((_, i) => (i < k ? i : Math.floor(random() * k)));
      const widths = silhouette(points, labels);
      const reference = widths.reduce((sum, s) => sum + s, 0) / n;
      expect(meanSilhouette(pairwiseDistances(points), labels)).toBeCloseTo(reference, 12);
    }
  });

  it('refuses labels that do not fit the table', () => {
    expect(() => meanSilhouette(pairwiseDistances([[0], [1]]), [0, 0, 1])).toThrow(
      '3 labels for a table of 2 points',
    );
  });
});

describe('meanSilhouetteOfPoints', () => {
  it('gives meanSilhouette of the distance table, without the table', () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 20; trial++) {
      const n = 3 + Math.floor(random() * 80);
      const k = 2 + Math.floor(random() * 3);
      const points = Array.from({ length: n }, () => [random() * 10, random() * 5]);
      const labels = points.map((_, i) => (i < k ? i : Math.floor(random() * k)));
      expect(meanSilhouetteOfPoints(points, labels)).toBeCloseTo(
        meanSilhouette(pairwiseDistances(points), labels),
        12,
      );
    }
  });

  it('counts a point alone in its cluster as 0 and refuses labels that do not match the points', () => {
    expect(meanSilhouetteOfPoints([[0], [1], [10]], [0, 0, 1])).toBeCloseTo((0.9 + 8 / 9) / 3, 12);
    expect(() => meanSilhouetteOfPoints([[0], [1]], [0])).toThrow('1 labels for 2 points');
  });
});
