// Mean silhouette width of a clustering, from one table of pairwise distances shared by every k tried.

/**
 * The Euclidean distances between every pair of points, row by row in one array
 * (distances[i · n + j]), so that scoring several clusterings of the same points computes each
 * distance once. O(n² · d) time and n² numbers of memory (2,000 points: 32 MB).
 * @example pairwiseDistances([[0, 0], [3, 4]]) // => Float64Array [0, 5, 5, 0]
 */
export function pairwiseDistances(points: readonly (readonly number[])[]): Float64Array {
  const n = points.length;
  const distances = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const p = points[i];
    for (let j = 0; j < i; j++) {
      const q = points[j];
      let sum = 0;
      for (let k = 0; k < p.length; k++) sum += (p[k] - q[k]) ** 2;
      const d = Math.sqrt(sum);
      distances[i * n + j] = d;
      distances[j * n + i] = d;
    }
  }
  return distances;
}

/**
 * Mean over the points of the silhouette width s = (b − a) / max(a, b) (Rousseeuw, "Silhouettes:
 * a graphical aid to the interpretation and validation of cluster analysis", J. Comput. Appl.
 * Math. 20, 1987): a is the mean distance to the other members of the point's cluster, b the
 * smallest mean distance to the members of another cluster; a point alone in its cluster counts
 * as 0. The same definition as simple-statistics' `silhouette`, averaged, but from distances
 * computed once: O(n² + n · k) per clustering instead of O(n² · d).
 * @param distances pairwiseDistances of the n points
 * @param labels cluster of each point, 0 … k − 1
 * @throws {Error} when there are not n labels.
 * @example meanSilhouette(pairwiseDistances([[0], [1], [10], [11]]), [0, 0, 1, 1]) // => 0.8997… (points 9.5/10.5 and 8.5/9.5, twice each)
 */
export function meanSilhouette(distances: Float64Array, labels: readonly number[]): number {
  const n = labels.length;
  if (distances.length !== n * n)
    throw new Error(`${n} labels for a table of ${Math.sqrt(distances.length)} points`);
  const { groups, sizes } = clusterSizes(labels);
  const sums = new Float64Array(groups);
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (sizes[labels[i]] < 2) continue;
    sums.fill(0);
    const row = i * n;
    for (let j = 0; j < n; j++) if (j !== i) sums[labels[j]] += distances[row + j];
    total += silhouetteWidth(sums, sizes, labels[i]);
  }
  return total / n;
}

/**
 * meanSilhouette of one clustering straight from the points, without the n × n table: the same
 * widths in O(n² · d) time and O(k) memory, for a single clustering where no table is reused
 * (2,000 points would otherwise allocate 32 MB on every call).
 * @throws {Error} when there are not as many labels as points.
 * @example meanSilhouetteOfPoints([[0], [1], [10], [11]], [0, 0, 1, 1]) // => 0.8997…
 */
export function meanSilhouetteOfPoints(
  points: readonly (readonly number[])[],
  labels: readonly number[],
): number {
  const n = labels.length;
  if (points.length !== n) throw new Error(`${n} labels for ${points.length} points`);
  const { groups, sizes } = clusterSizes(labels);
  const sums = new Float64Array(groups);
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (sizes[labels[i]] < 2) continue;
    sums.fill(0);
    const p = points[i];
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const q = points[j];
      let sum = 0;
      for (let k = 0; k < p.length; k++) sum += (p[k] - q[k]) ** 2;
      sums[labels[j]] += Math.sqrt(sum);
    }
    total += silhouetteWidth(sums, sizes, labels[i]);
  }
  return total / n;
}

function clusterSizes(labels: readonly number[]): { groups: number; sizes: number[] } {
  let groups = 0;
  for (const label of labels) groups = Math.max(groups, label + 1);
  const sizes = new Array<number>(groups).fill(0);
  for (const label of labels) sizes[label]++;
  return { groups, sizes };
}

/** (b − a) / max(a, b) of a point of cluster `own`, from its summed distances to each cluster. */
function silhouetteWidth(sums: Float64Array, sizes: readonly number[], own: number): number {
  const a = sums[own] / (sizes[own] - 1);
  let b = Number.MAX_VALUE;
  for (let g = 0; g < sizes.length; g++) if (g !== own && sizes[g] > 0) b = Math.min(b, sums[g] / sizes[g]);
  return (b - a) / Math.max(a, b);
}
