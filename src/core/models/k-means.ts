// Customer clusters by k-means, with the number of clusters chosen by the silhouette.

import { requireFinite } from '../metrics/require-finite';
import { kMeansPlusPlus } from './k-means-plus-plus';
import { lloydKMeans } from './lloyd-k-means';
import { meanSilhouette, pairwiseDistances } from './mean-silhouette';
import { seededRandom } from './seeded-random';

export interface ClusterOptions {
  /** Fewest clusters to try (default 2). */
  readonly kMin?: number;
  /** Most clusters to try (default 8). */
  readonly kMax?: number;
  /** Seed of the random sample and the starting centroids (default 1). */
  readonly seed?: number;
  /** Most points on which k is chosen, since the silhouette costs O(n²) (default 2000). */
  readonly sampleSize?: number;
  /** Cluster on z-scores so that each feature weighs the same (default true). */
  readonly standardize?: boolean;
}

export interface CustomerClusters {
  /** The number of clusters chosen. */
  readonly k: number;
  /** Cluster of each point, 0…k − 1, numbered in order of first appearance in the input. */
  readonly labels: number[];
  /** Centre of each cluster on the original feature scale (the mean of its sample points). */
  readonly centroids: number[][];
  /** Mean silhouette width of the chosen clustering on the sample, in [−1, 1]. */
  readonly silhouette: number;
}

/** k-means runs from several seeded starts per k; the one with the least squared error wins. */
const RESTARTS = 5;

/**
 * Groups customers by k-means (Lloyd's algorithm from k-means++ starts) and picks k in
 * kMin…kMax by the mean silhouette width (Rousseeuw, "Silhouettes", J. Comput. Appl. Math. 20,
 * 1987), the k with the largest mean winning and the smaller k winning a tie.
 *
 * Two departures from simple-statistics, on purpose. Its `kMeansCluster` starts from k points
 * sampled at random and throws ("Centroid has no friends") when two of them coincide, which is
 * the rule rather than the exception for customer data with many identical rows (the same RFM
 * scores, one order of the same amount); k-means++ never picks the same point twice. And its
 * `silhouetteMetric` returns the largest single silhouette value, which does not measure the
 * clustering as a whole, so the per-point silhouette widths are averaged here (meanSilhouette, the
 * same widths as its `silhouette`, from one distance table shared by every k).
 *
 * Because the silhouette is O(n²), k is chosen on a
 * sample of at most sampleSize points drawn with the seeded generator; each k keeps the best of
 * several seeded starts (least within-cluster sum of squares), and every point is then assigned
 * to the nearest centroid of the chosen clustering. The same input and seed always give the same
 * result. Features are standardised to z-scores first unless `standardize` is false; a constant
 * feature becomes 0 everywhere rather than a division by zero. Runs in
 * O(s² · d + (kMax − kMin + 1) · (restarts · iterations · s · k + s²) + n · k) for s sample points.
 *
 * @param points one row per customer, one column per feature (finite numbers, ≥ 1 column)
 * @param options kMin (≥ 2), kMax, seed, sampleSize (≥ 3) and standardize
 * @throws {Error} for no points, ragged rows, non-finite values, invalid options, or fewer
 *   distinct points in the sample than needed to form kMin clusters with a silhouette (kMin + 1).
 * @example
 * clusterCustomers([[0, 0], [0, 1], [1, 0], [10, 10], [10, 11], [11, 10]]);
 * // => { k: 2, labels: [0, 0, 0, 1, 1, 1], centroids: [[1/3, 1/3], [31/3, 31/3]], silhouette: 0.9… }
 */
export function clusterCustomers(
  points: readonly (readonly number[])[],
  options: ClusterOptions = {},
): CustomerClusters {
  const kMin = requireWhole(options.kMin ?? 2, 'kMin', 2);
  const kMax = requireWhole(options.kMax ?? 8, 'kMax', kMin);
  const seed = requireFinite(options.seed ?? 1, 'seed');
  const sampleSize = requireWhole(options.sampleSize ?? 2000, 'sampleSize', 3);
  const standardize = options.standardize ?? true;
  const dimension = validatePoints(points);

  const scaling = standardize ? scalingOf(points, dimension) : null;
  const scaled = scaling === null ? points.map((row) => [...row]) : zScores(points, scaling);
  const random = seededRandom(seed);
  const sample = drawSample(scaled, sampleSize, random);
  const distinct = new Set(sample.map((row) => row.join(','))).size;
  // The silhouette needs 2 ≤ k ≤ s − 1, and k-means cannot make more clusters than distinct points.
  const kLimit = Math.min(kMax, distinct, sample.length - 1);
  if (kLimit < kMin) {
    throw new Error(
      `need at least ${kMin + 1} distinct customers to compare clusterings into ${kMin} or more groups ` +
        `(got ${distinct} distinct of ${sample.length})`,
    );
  }

  let best: { k: number; centroids: number[][]; silhouette: number } | null = null;
  // Every k is scored on the same sample: its distances are computed once, not once per k.
  const distances = pairwiseDistances(sample);
  for (let k = kMin; k <= kLimit; k++) {
    const fit = bestOfRestarts(sample, k, random);
    if (fit === null) continue;
    const meanWidth = meanSilhouette(distances, fit.labels);
    if (best === null || meanWidth > best.silhouette) {
      best = { k, centroids: fit.centroids, silhouette: meanWidth };
    }
  }
  if (best === null) {
    throw new Error('k-means could not form the requested clusters from these customers');
  }

  const nearest = scaled.map((row) => nearestCentroid(row, best.centroids));
  // Renumber clusters by first appearance so that labels do not depend on the random starts.
  const renumber = new Map<number, number>();
  for (const cluster of nearest) if (!renumber.has(cluster)) renumber.set(cluster, renumber.size);
  const order = [...renumber.entries()].sort((a, b) => a[1] - b[1]).map(([cluster]) => cluster);
  const centroids = order.map((cluster) => unscale(best.centroids[cluster], scaling));
  return {
    k: order.length,
    labels: nearest.map((cluster) => renumber.get(cluster)!),
    centroids,
    silhouette: best.silhouette,
  };
}

function requireWhole(value: number, name: string, minimum: number): number {
  requireFinite(value, name);
  if (!Number.isInteger(value) || value < minimum) {
    throw new Error(`${name} must be a whole number ≥ ${minimum} (got ${value})`);
  }
  return value;
}

function validatePoints(points: readonly (readonly number[])[]): number {
  if (points.length === 0) throw new Error('clustering needs at least one customer');
  const dimension = points[0].length;
  if (dimension === 0) throw new Error('clustering needs at least one feature column');
  points.forEach((row, i) => {
    if (row.length !== dimension) {
      throw new Error(`row ${i + 1} has ${row.length} features but row 1 has ${dimension}`);
    }
    for (let j = 0; j < dimension; j++) requireFinite(row[j], `row ${i + 1}, feature ${j + 1}`);
  });
  return dimension;
}

interface Scaling {
  readonly means: number[];
  readonly sds: number[];
}

function scalingOf(points: readonly (readonly number[])[], dimension: number): Scaling {
  const n = points.length;
  const means = new Array<number>(dimension).fill(0);
  const sds = new Array<number>(dimension).fill(0);
  for (const row of points) for (let j = 0; j < dimension; j++) means[j] += row[j] / n;
  for (const row of points) for (let j = 0; j < dimension; j++) sds[j] += (row[j] - means[j]) ** 2 / n;
  for (let j = 0; j < dimension; j++) sds[j] = Math.sqrt(sds[j]);
  return { means, sds };
}

function zScores(points: readonly (readonly number[])[], { means, sds }: Scaling): number[][] {
  return points.map((row) => row.map((x, j) => (sds[j] > 0 ? (x - means[j]) / sds[j] : 0)));
}

function unscale(centroid: readonly number[], scaling: Scaling | null): number[] {
  if (scaling === null) return [...centroid];
  return centroid.map((z, j) => scaling.means[j] + z * scaling.sds[j]);
}

/** A partial Fisher–Yates shuffle: the first `size` indices of a seeded random permutation. */
function drawSample(points: readonly number[][], size: number, random: () => number): number[][] {
  if (points.length <= size) return points.map((row) => row);
  const indices = Array.from({ length: points.length }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (indices.length - i));
    [indices[i], indices[j]] = [indices[j], indices[i]];
  }
  return indices.slice(0, size).map((i) => points[i]);
}

function bestOfRestarts(
  sample: readonly number[][],
  k: number,
  random: () => number,
): { labels: number[]; centroids: number[][] } | null {
  let best: { labels: number[]; centroids: number[][]; sumOfSquares: number } | null = null;
  for (let start = 0; start < RESTARTS; start++) {
    const seeds = kMeansPlusPlus(sample, k, random);
    if (seeds === null) return null;
    const fit = lloydKMeans(sample, seeds);
    // The silhouette needs every cluster to have a point; Lloyd's repair ensures it whenever
    // there are k distinct points, so this only guards against the impossible.
    if (new Set(fit.labels).size !== k) continue;
    if (best === null || fit.sumOfSquares < best.sumOfSquares) best = fit;
  }
  return best;
}

function nearestCentroid(row: readonly number[], centroids: readonly (readonly number[])[]): number {
  let nearest = 0;
  let nearestDistance = Number.POSITIVE_INFINITY;
  centroids.forEach((centroid, c) => {
    const distance = squaredDistance(row, centroid);
    if (distance < nearestDistance) {
      nearestDistance = distance;
      nearest = c;
    }
  });
  return nearest;
}

function squaredDistance(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += (a[j] - b[j]) ** 2;
  return sum;
}
