// Starting centroids for k-means that are spread out and never coincide.

/**
 * k-means++ seeding (Arthur & Vassilvitskii, "k-means++: the advantages of careful seeding",
 * SODA 2007): the first centre is a point drawn uniformly, each further centre a point drawn with
 * probability proportional to its squared distance D(x)² from the nearest centre chosen so far.
 * Points equal to a chosen centre have D = 0 and can never be drawn again, so with many identical
 * customers the centres still differ. Runs in O(n · k · d).
 *
 * @param points the points (rows of equal length)
 * @param k number of centres, at least 1
 * @param random uniform numbers in [0, 1)
 * @returns k distinct points of `points` (copies), or null when there are fewer than k distinct
 *   points
 */
export function kMeansPlusPlus(
  points: readonly (readonly number[])[],
  k: number,
  random: () => number,
): number[][] | null {
  const n = points.length;
  if (n === 0 || k < 1) return null;
  const centres: number[][] = [[...points[Math.min(n - 1, Math.floor(random() * n))]]];
  const nearest = points.map((point) => squaredDistance(point, centres[0]));
  while (centres.length < k) {
    let total = 0;
    for (const d of nearest) total += d;
    if (!(total > 0)) return null;
    let target = random() * total;
    let chosen = -1;
    for (let i = 0; i < n; i++) {
      if (nearest[i] === 0) continue;
      chosen = i;
      target -= nearest[i];
      if (target < 0) break;
    }
    const centre = [...points[chosen]];
    centres.push(centre);
    for (let i = 0; i < n; i++) nearest[i] = Math.min(nearest[i], squaredDistance(points[i], centre));
  }
  return centres;
}

function squaredDistance(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += (a[j] - b[j]) ** 2;
  return sum;
}
