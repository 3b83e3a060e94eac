import { describe, expect, it } from 'vitest';
import { clusterSilhouette } from '../../../src/core/segments/cluster-silhouette';

describe('clusterSilhouette', () => {
  it('is the mean silhouette width of the labels given, whatever numbers they use', () => {
    // Points 0 and 1 (cluster 1), 10 and 11 (cluster 2): widths 9.5/10.5 and 8.5/9.5, twice each;
    // standardising a single feature scales every distance alike and leaves them unchanged.
    const expected = (9.5 / 10.5 + 8.5 / 9.5) / 2;
    const points = Object.freeze([[0], [1], [10], [11]].map((p) => Object.freeze(p)));
    expect(clusterSilhouette(points, [1, 1, 2, 2])).toBeCloseTo(expected, 12);
    expect(clusterSilhouette(points, [7, 7, 3, 3])).toBeCloseTo(expected, 12);
  });

  it('scores a seeded sample of 2,000 when there are more points, the same each time', () => {
    const points = Array.from({ length: 5000 }, (_, i) => [i % 2 ? 100 + (i % 7) : i % 5]);
    const labels = points.map((_, i) => (i % 2 ? 2 : 1));
    const score = clusterSilhouette(points, labels);
    expect(score).toBe(clusterSilhouette(points, labels));
    expect(score).toBeGreaterThan(0.9);
  });

  it('is null for one cluster or too few points', () => {
    expect(clusterSilhouette([[0], [1], [2]], [1, 1, 1])).toBeNull();
    expect(clusterSilhouette([[0], [1]], [1, 2])).toBeNull();
  });
});
