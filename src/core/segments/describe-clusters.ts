// Each k-means cluster in words by what sets it apart from the other customers ("frequent, recent, high spend").

/** The features a cluster is described by, in the order of each point's values. */
export interface ClusterFeatures {
  /** Days since the last order. */
  daysSinceLastOrder: number;
  orders: number;
  revenue: number;
}

/** How far (in standard deviations) a cluster's mean must sit from everyone's to be worth a word. */
const NOTABLE = 0.4;
/** Beyond this many standard deviations the word gets a "very". */
const VERY = 1.5;

const WORDS: Record<keyof ClusterFeatures, { high: string; low: string }> = {
  orders: { high: 'frequent', low: 'few orders' },
  daysSinceLastOrder: { high: 'lapsed', low: 'recent' },
  revenue: { high: 'high spend', low: 'low spend' },
};

const KEYS: readonly (keyof ClusterFeatures)[] = ['orders', 'daysSinceLastOrder', 'revenue'];

/**
 * Words for each cluster label: the features whose cluster mean lies at least 0.4 standard
 * deviations from the mean of every point, farthest first ("very" from 1.5); a cluster with none is
 * "close to average". Revenue is compared on log(1 + revenue), as it is clustered, so a few large
 * spenders do not make everyone else "low spend". O(n · 3).
 * @example describeClusters([{ daysSinceLastOrder: 5, orders: 9, revenue: 900 }, { daysSinceLastOrder: 300, orders: 1, revenue: 20 }], [1, 2])
 * // => Map { 1 => 'frequent, recent, high spend', 2 => 'few orders, lapsed, low spend' }
 */
export function describeClusters(
  points: readonly ClusterFeatures[],
  labels: readonly number[],
): Map<number, string> {
  const value = (point: ClusterFeatures, key: keyof ClusterFeatures) =>
    key === 'revenue' ? Math.log1p(Math.max(0, point.revenue)) : point[key];
  const mean = new Map<keyof ClusterFeatures, number>();
  const sd = new Map<keyof ClusterFeatures, number>();
  for (const key of KEYS) {
    let sum = 0;
    for (const point of points) sum += value(point, key);
    const m = points.length ? sum / points.length : 0;
    let squares = 0;
    for (const point of points) squares += (value(point, key) - m) ** 2;
    mean.set(key, m);
    const spread = points.length ? Math.sqrt(squares / points.length) : 0;
    // A feature equal for everyone may still sum to a rounding error: it sets no cluster apart.
    sd.set(key, spread > 1e-9 * (Math.abs(m) + 1) ? spread : 0);
  }
  const sums = new Map<number, { count: number; sums: number[] }>();
  points.forEach((point, i) => {
    const label = labels[i]!;
    const entry = sums.get(label) ?? { count: 0, sums: KEYS.map(() => 0) };
    entry.count++;
    KEYS.forEach((key, k) => {
      entry.sums[k]! += value(point, key);
    });
    sums.set(label, entry);
  });
  const words = new Map<number, string>();
  for (const [label, entry] of sums) {
    const notable = KEYS.map((key, k) => {
      const spread = sd.get(key)!;
      const z = spread > 0 ? (entry.sums[k]! / entry.count - mean.get(key)!) / spread : 0;
      // Rounded so that rounding errors do not reorder equal distances.
      return { key, z: Math.round(z * 1e6) / 1e6 };
    })
      .filter(({ z }) => Math.abs(z) >= NOTABLE)
      .sort((a, b) => Math.abs(b.z) - Math.abs(a.z));
    words.set(
      label,
      notable.length
        ? notable
            .map(
              ({ key, z }) =>
                `${Math.abs(z) >= VERY ? 'very ' : ''}${z > 0 ? WORDS[key].high : WORDS[key].low}`,
            )
            .join(', ')
        : 'close to average',
    );
  }
  return words;
}
