// Tests for Lloyd's k-means iterations.

import { describe, expect, it } from 'vitest';
import { lloydKMeans } from '../../../src/core/models/lloyd-k-means';

describe('lloydKMeans', () => {
  it('converges to the means of the groups (computed by hand)', () => {
    // by hand, seeds 0 and 1: pass 1 gives {0} and {1, 10, 11}, centroids 0 and 22/3; pass 2 moves
    // 1 to the first cluster (distance 1 < 19/3), centroids 0.5 and 10.5; pass 3 changes nothing.
    // Sum of squares 4 · 0.5² = 1.
    const points = Object.freeze([[0], [1], [10], [11]].map((row) => Object.freeze(row)));
    const fit = lloydKMeans(points, [[0], [1]]);
    expect(fit.labels).toEqual([0, 0, 1, 1]);
    expect(fit.centroids).toEqual([[0.5], [10.5]]);
    expect(fit.sumOfSquares).toBeCloseTo(1, 12);
  });

  it('moves a centroid left without points onto the farthest point', () => {
    // seeds 0, 1, 100: nobody is nearest 100; centroids become 0 and (1 + 10 + 11)/3 = 22/3, and
    // the empty one moves to the point farthest from its centroid: 1 (distance² (22/3 − 1)² = 40.1,
    // against 7.1 for 10 and 13.4 for 11). Then 1 -> that centroid, 10 and 11 -> 10.5: sum of
    // squares 0.25 + 0.25 = 0.5.
    const fit = lloydKMeans([[0], [1], [10], [11]], [[0], [1], [100]]);
    expect(fit.labels).toEqual([0, 2, 1, 1]);
    expect(fit.centroids).toEqual([[0], [10.5], [1]]);
    expect(fit.sumOfSquares).toBeCloseTo(0.5, 12);
  });
});
