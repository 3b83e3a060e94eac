// Named customer segment for an RFM score, from a grid of recency against mean frequency/monetary.

import { requireFinite } from './require-finite';

/** The eleven segment names, best first. */
export type RfmSegment =
  | 'Champions'
  | 'Loyal'
  | 'Potential loyalist'
  | 'New'
  | 'Promising'
  | 'Need attention'
  | 'About to sleep'
  | 'At risk'
  | "Can't lose"
  | 'Hibernating'
  | 'Lost';

/** Every segment name, in the order of the grid below. */
export const RFM_SEGMENTS: readonly RfmSegment[] = Object.freeze([
  'Champions',
  'Loyal',
  'Potential loyalist',
  'New',
  'Promising',
  'Need attention',
  'About to sleep',
  'At risk',
  "Can't lose",
  'Hibernating',
  'Lost',
]);

interface GridRow {
  readonly segment: RfmSegment;
  /** Recency score range (low, high]. */
  readonly r: readonly [number, number];
  /** Range (low, high] of the mean of the frequency and monetary scores. */
  readonly fm: readonly [number, number];
}

// Putler's RFM segment table ("RFM Analysis For Successful Customer Segmentation", putler.com),
// the grid also used by churned.io's RFM model docs: recency against the mean of the frequency
// and monetary scores. Its ranges "a–b" overlap at their ends; reading each as the half-open
// interval (a, b] makes whole scores fall in exactly one row except three nested pairs, where the
// narrower segment is listed first and wins: Champions inside Loyal, Can't lose inside At risk,
// Hibernating inside Lost.
const GRID: readonly GridRow[] = [
  { segment: 'Champions', r: [4, 5], fm: [4, 5] },
  { segment: "Can't lose", r: [0, 1], fm: [4, 5] },
  { segment: 'Hibernating', r: [1, 2], fm: [1, 2] },
  { segment: 'Loyal', r: [2, 5], fm: [3, 5] },
  { segment: 'Potential loyalist', r: [3, 5], fm: [1, 3] },
  { segment: 'New', r: [4, 5], fm: [0, 1] },
  { segment: 'Promising', r: [3, 4], fm: [0, 1] },
  { segment: 'Need attention', r: [2, 3], fm: [2, 3] },
  { segment: 'About to sleep', r: [2, 3], fm: [0, 2] },
  { segment: 'At risk', r: [0, 2], fm: [2, 5] },
  { segment: 'Lost', r: [0, 2], fm: [0, 2] },
];

/**
 * Segment of a customer from their RFM quintile scores (1…5), after Putler's segment table:
 * recency R against FM = (F + M) / 2, each range a–b of the table read as (a, b]:
 *
 * | R \ FM | 1              | 1.5–2              | 2.5–3              | 3.5–4 | 4.5–5      |
 * |--------|----------------|--------------------|--------------------|-------|------------|
 * | 5      | New            | Potential loyalist | Potential loyalist | Loyal | Champions  |
 * | 4      | Promising      | Potential loyalist | Potential loyalist | Loyal | Loyal      |
 * | 3      | About to sleep | About to sleep     | Need attention     | Loyal | Loyal      |
 * | 2      | Lost           | Hibernating        | At risk            | At risk | At risk  |
 * | 1      | Lost           | Lost               | At risk            | At risk | Can't lose |
 *
 * Runs in O(1).
 *
 * @param r recency score, a whole number 1…5 (5 = bought most recently)
 * @param f frequency score, a whole number 1…5 (5 = buys most often)
 * @param m monetary score, a whole number 1…5 (5 = spends most)
 * @throws {Error} when a score is not a whole number from 1 to 5.
 * @example
 * rfmSegment(5, 4, 5); // => 'Champions'
 * rfmSegment(1, 5, 5); // => "Can't lose"
 */
export function rfmSegment(r: number, f: number, m: number): RfmSegment {
  requireScore(r, 'recency score');
  requireScore(f, 'frequency score');
  requireScore(m, 'monetary score');
  const fm = (f + m) / 2;
  for (const row of GRID) {
    if (inRange(r, row.r) && inRange(fm, row.fm)) return row.segment;
  }
  // The rows cover (0, 5] × (0, 5] and every valid score lies inside it, so this is unreachable.
  throw new Error(`no RFM segment covers R ${r}, F ${f}, M ${m}`);
}

function inRange(value: number, [low, high]: readonly [number, number]): boolean {
  return value > low && value <= high;
}

function requireScore(value: number, name: string): void {
  requireFinite(value, name);
  if (!Number.isInteger(value) || value < 1 || value > 5) {
    throw new Error(`${name} must be a whole number from 1 to 5 (got ${value})`);
  }
}
