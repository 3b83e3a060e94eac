// k-means clustering by Lloyd's iterations from given starting centroids.

/** A k-means clustering: a cluster per point, the centroids, and the within-cluster sum of squares. */
export interface KMeansFit {
  readonly labels: number[];
  readonly centroids: number[][];
  readonly sumOfSquares: number;
}

/** Lloyd's iterations normally settle in tens of steps; the cap only guards against cycling. */
const MAX_ITERATIONS = 300;

/**
 * Lloyd's algorithm (S. P. Lloyd, "Least squares quantization in PCM", IEEE Trans. Inf. Theory
 * 28(2), 1982): assign each point to its nearest centroid (the lowest-numbered one on a tie),
 * move each centroid to the mean of its points, repeat until no assignment changes. A centroid
 * left without points is moved to the point farthest from its own centroid, the usual repair,
 * so every cluster ends non-empty when there are at least k distinct points. Runs in
 * O(iterations · n · k · d).
 *
 * @param points the points (rows of equal length)
 * @param seeds the k starting centroids, e.g. from kMeansPlusPlus
 * @example
 * lloydKMeans([[0], [1], [10], [11]], [[0], [1]]).labels; // => [0, 0, 1, 1]
 */
export function lloydKMeans(
  points: readonly (readonly number[])[],
  seeds: readonly (readonly number[])[],
): KMeansFit {
  const n = points.length;
  const k = seeds.length;
  const dimension = seeds[0].length;
  const centroids = seeds.map((seed) => [...seed]);
  const labels = new Array<number>(n).fill(-1);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      const label = nearest(points[i], centroids);
      if (label !== labels[i]) {
        labels[i] = label;
        changed = true;
      }
    }
    if (!changed) break;
    const sums = Array.from({ length: k }, () => new Array<number>(dimension).fill(0));
    const counts = new Array<number>(k).fill(0);
    for (let i = 0; i < n; i++) {
      counts[labels[i]]++;
      for (let j = 0; j < dimension; j++) sums[labels[i]][j] += points[i][j];
    }
    const empty: number[] = [];
    for (let c = 0; c < k; c++) {
      if (counts[c] > 0) centroids[c] = sums[c].map((sum) => sum / counts[c]);
      else empty.push(c);
    }
    if (empty.length > 0) reseed(points, labels, centroids, empty);
  }
  let sumOfSquares = 0;
  for (let i = 0; i < n; i++) sumOfSquares += squaredDistance(points[i], centroids[labels[i]]);
  return { labels, centroids, sumOfSquares };
}

function nearest(point: readonly number[], centroids: readonly (readonly number[])[]): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let c = 0; c < centroids.length; c++) {
    const distance = squaredDistance(point, centroids[c]);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = c;
    }
  }
  return best;
}

/**
 * Moves each empty cluster's centroid onto a point, taking the points farthest from their own
 * centroid first and skipping any that already sits on a centroid, so that the next assignment
 * gives every moved centroid at least that point.
 */
function reseed(
  points: readonly (readonly number[])[],
  labels: readonly number[],
  centroids: number[][],
  empty: readonly number[],
): void {
  const distance = points.map((point, i) => squaredDistance(point, centroids[labels[i]]));
  const order = [...points.keys()].sort((a, b) => distance[b] - distance[a]);
  let at = 0;
  for (const c of empty) {
    while (
      at < order.length &&
      centroids.some((centroid) => squaredDistance(centroid, points[order[at]]) === 0)
    ) {
      at++;
    }
    if (at === order.length) return;
    centroids[c] = [...points[order[at]]];
    at++;
  }
}

function squaredDistance(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += (a[j] - b[j]) ** 2;
  return sum;
}
