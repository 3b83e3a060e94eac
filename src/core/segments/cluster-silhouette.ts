// The mean silhouette of the clusters the refresh wrote, scored on a seeded sample as k was chosen.
import { meanSilhouetteOfPoints } from '../models/mean-silhouette';
import { seededRandom } from '../models/seeded-random';

/** Points scored at most: the silhouette is O(n²); 2,000 points take about 4 million distances. */
const SAMPLE = 2000;

/**
 * The mean silhouette width (meanSilhouetteOfPoints) of `labels` over `points`, each feature standardised
 * to z-scores as clusterCustomers clusters them, on a seeded sample of at most 2,000 points, so
 * 50,000 customers cost what 2,000 do. Null when fewer than two clusters or three points remain.
 * @example clusterSilhouette([[0], [1], [10], [11]], [1, 1, 2, 2]) // => 0.8997…
 */
export function clusterSilhouette(
  points: readonly (readonly number[])[],
  labels: readonly number[],
  seed = 1,
): number | null {
  if (points.length < 3 || new Set(labels).size < 2) return null;
  const random = seededRandom(seed);
  const order = points.map((_, i) => i);
  const size = Math.min(SAMPLE, order.length);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (order.length - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const picked = order.slice(0, size);
  const dimension = points[0]!.length;
  const means = new Array<number>(dimension).fill(0);
  const sds = new Array<number>(dimension).fill(0);
  for (const row of points) for (let d = 0; d < dimension; d++) means[d]! += row[d]! / points.length;
  for (const row of points)
    for (let d = 0; d < dimension; d++) sds[d]! += (row[d]! - means[d]!) ** 2 / points.length;
  const scaled = picked.map((i) =>
    points[i]!.map((x, d) => (sds[d]! > 0 ? (x - means[d]!) / Math.sqrt(sds[d]!) : 0)),
  );
  // meanSilhouetteOfPoints numbers clusters 0…k − 1.
  const numbering = new Map<number, number>();
  const sampleLabels = picked.map((i) => {
    const label = labels[i]!;
    if (!numbering.has(label)) numbering.set(label, numbering.size);
    return numbering.get(label)!;
  });
  if (numbering.size < 2) return null;
  return meanSilhouetteOfPoints(scaled, sampleLabels);
}
