// Tests for customer clustering by k-means with k chosen by the silhouette.

import { describe, expect, it } from 'vitest';
import { clusterCustomers } from '../../../src/core/models/k-means';
import { seededRandom } from '../../../src/core/models/seeded-random';

/**
 * Points spread uniformly within ±1 of each centre, dealt out round-robin so that point i belongs
 * to centre i mod k: the clusters are far apart relative to their width, so the right answer is
 * known by construction.
 */
function blobs(centres: number[][], count: number, seed: number): { points: number[][]; truth: number[] } {
  const random = seededRandom(seed);
  const points: number[][] = [];
  const truth: number[] = [];
  for (let i = 0; i < count; i++) {
    const c = i % centres.length;
    truth.push(c);
    points.push(centres[c].map((m) => m + (random() * 2 - 1)));
  }
  return { points, truth };
}

const FOUR_CENTRES = [
  [0, 0, 0],
  [10, 0, 5],
  [0, 10, -5],
  [10, 10, 10],
];

describe('clusterCustomers', () => {
  it('finds four well-separated blobs and labels every point correctly', () => {
    const { points, truth } = blobs(FOUR_CENTRES, 400, 3);
    const frozen = Object.freeze(points.map((row) => Object.freeze(row)));
    const result = clusterCustomers(frozen);
    expect(result.k).toBe(4);
    // Clusters are numbered by first appearance, and point i comes from centre i mod 4.
    expect(result.labels).toEqual(truth);
    result.centroids.forEach((centroid, c) => {
      centroid.forEach((value, j) => {
        // The mean of 100 uniform draws on ±1 has standard deviation 0.058; allow 0.3.
        expect(Math.abs(value - FOUR_CENTRES[c][j])).toBeLessThan(0.3);
      });
    });
    // Blobs of width 2 at distance ≥ 10: every silhouette is close to 1.
    expect(result.silhouette).toBeGreaterThan(0.8);
    expect(result.silhouette).toBeLessThanOrEqual(1);
  });

  it('chooses k on a sample and still assigns every point', () => {
    const centres = [
      [0, 0],
      [20, 0],
      [0, 20],
    ];
    const { points, truth } = blobs(centres, 900, 11);
    const result = clusterCustomers(points, { sampleSize: 90, kMax: 6 });
    expect(result.k).toBe(3);
    expect(result.labels).toHaveLength(900);
    expect(result.labels).toEqual(truth);
  });

  it('gives the same result for the same seed', () => {
    const { points } = blobs(FOUR_CENTRES, 200, 5);
    const first = clusterCustomers(points, { seed: 9, sampleSize: 50 });
    const second = clusterCustomers(points, { seed: 9, sampleSize: 50 });
    expect(second).toEqual(first);
  });

  it('works on the raw scale and with a constant feature', () => {
    const { points, truth } = blobs(
      [
        [0, 0],
        [50, 50],
      ],
      60,
      2,
    );
    const raw = clusterCustomers(points, { standardize: false });
    expect(raw.k).toBe(2);
    expect(raw.labels).toEqual(truth);
    // A third column that never changes is ignored (its z-score is 0) rather than dividing by 0.
    const withConstant = clusterCustomers(points.map((row) => [...row, 7]));
    expect(withConstant.labels).toEqual(truth);
    withConstant.centroids.forEach((centroid) => {
      expect(centroid[2]).toBe(7);
    });
  });

  it('solves the small example of its documentation', () => {
    // Two triangles of three points; the centroids are their means (1/3, 1/3) and (31/3, 31/3).
    const result = clusterCustomers([
      [0, 0],
      [0, 1],
      [1, 0],
      [10, 10],
      [10, 11],
      [11, 10],
    ]);
    expect(result.k).toBe(2);
    expect(result.labels).toEqual([0, 0, 0, 1, 1, 1]);
    expect(result.centroids[0][0]).toBeCloseTo(1 / 3, 10);
    expect(result.centroids[1][1]).toBeCloseTo(31 / 3, 10);
  });

  it('copes with many identical customers', () => {
    // 1,990 customers with the same features and two small groups of 5: three clusters, each
    // exactly one value, so every silhouette is 1 (a = 0 within a cluster)
    const points = [
      ...Array.from({ length: 1990 }, () => [0, 0]),
      ...Array.from({ length: 5 }, () => [5, 5]),
      ...Array.from({ length: 5 }, () => [10, 0]),
    ];
    const result = clusterCustomers(points);
    expect(result.k).toBe(3);
    expect(result.silhouette).toBe(1);
    expect(result.labels.slice(1988, 1992)).toEqual([0, 0, 1, 1]);
    expect(result.labels.slice(1994, 2000)).toEqual([1, 2, 2, 2, 2, 2]);
    expect(result.centroids[1][0]).toBeCloseTo(5, 10);
    expect(result.centroids[2][0]).toBeCloseTo(10, 10);
  });

  it('rejects too few distinct customers, bad rows and bad options', () => {
    expect(() =>
      clusterCustomers([
        [1, 1],
        [1, 1],
        [1, 1],
      ]),
    ).toThrow('need at least 3 distinct customers');
    expect(() => clusterCustomers([[0], [1]])).toThrow('need at least 3 distinct customers');
    expect(() => clusterCustomers([])).toThrow('clustering needs at least one customer');
    expect(() => clusterCustomers([[1, 2], [3]])).toThrow('row 2 has 1 features but row 1 has 2');
    expect(() => clusterCustomers([[1], [Number.NaN]])).toThrow('row 2, feature 1 must be a finite number');
    expect(() => clusterCustomers([[1], [2], [3]], { kMin: 1 })).toThrow('kMin must be a whole number ≥ 2');
    expect(() => clusterCustomers([[1], [2], [3]], { kMin: 4, kMax: 3 })).toThrow(
      'kMax must be a whole number ≥ 4',
    );
    expect(() => clusterCustomers([[1], [2], [3]], { sampleSize: 2 })).toThrow(
      'sampleSize must be a whole number ≥ 3',
    );
  });
});
