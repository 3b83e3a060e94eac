// RFM analysis: recency, frequency and monetary scores by quantile, with the segment they fall in.

import { requireFinite } from './require-finite';
import { type RfmSegment, rfmSegment } from './rfm-segment';

export type { RfmSegment } from './rfm-segment';
export { rfmSegment } from './rfm-segment';

/** What RFM scoring needs to know about one customer. */
export interface RfmInput {
  /** Days since the last purchase (0 = today). */
  readonly recencyDays: number;
  /** Number of purchases (or repeat purchases: any count, as long as it is the same for all). */
  readonly frequency: number;
  /** Money spent (total or average, as long as it is the same for all). */
  readonly monetary: number;
}

/** The RFM scores of one customer. */
export interface RfmResult {
  readonly r: number;
  readonly f: number;
  readonly m: number;
  /** The three scores as digits, recency first: "545". */
  readonly score: string;
  readonly segment: RfmSegment;
}

/**
 * Scores each customer 1…bins on recency, frequency and monetary value by quantile of rank
 * among all the customers given, and names their segment with {@link rfmSegment}. The segment
 * grid is defined on quintiles, so the segment always comes from 5-level scores computed the
 * same way, whatever `bins` the shown scores use.
 *
 * Each value's quantile is its mid-rank percentile, (below + tied / 2) / n, where below counts
 * the customers strictly worse on that measure and tied those with the same value (itself
 * included): for F and M worse is a smaller value, for R a last purchase longer ago (so the most
 * recent buyers get the high R). score = 1 + ⌊bins · (below + tied / 2) / n⌋, which always lies
 * in 1…bins. With distinct values this cuts the customers into bins groups of equal size (n/bins
 * each, the middle rank of each group inside it); tied customers share one percentile and so one
 * score, the bin holding the middle of the ranks they occupy. Ranking ties at their middle, as
 * average ranks do (Kendall, "Rank Correlation Methods", ch. 3), keeps the scores symmetric: the
 * best customer of three gets the top score as the worst gets the bottom one, and customers who
 * all tie (or a single customer) get the middle score rather than being called the worst. Bins
 * are unequal when many values tie (e.g. when most customers bought once). Runs in O(n log n).
 *
 * @param rows one entry per customer: recency in days (≥ 0), frequency (≥ 0), monetary (finite)
 * @param bins number of score levels, a whole number from 2 to 9 (so each score is one digit)
 * @returns one result per row, in the same order
 * @throws {Error} naming the row (1-based) when a value is missing, not finite, or negative where
 *   it cannot be; or when bins is not a whole number from 2 to 9.
 * @example
 * // Five customers: 2 days ago, 8 orders, 500 spent … 400 days ago, 1 order, 20 spent.
 * rfmScores([[2, 8, 500], [30, 5, 300], [90, 3, 200], [180, 2, 60], [400, 1, 20]]
 *   .map(([recencyDays, frequency, monetary]) => ({ recencyDays, frequency, monetary })))
 *   .map((x) => x.score + ' ' + x.segment);
 * // => ['555 Champions', '444 Loyal', '333 Need attention', '222 Hibernating', '111 Lost']
 */
export function rfmScores(rows: readonly RfmInput[], bins = 5): RfmResult[] {
  requireFinite(bins, 'bins');
  if (!Number.isInteger(bins) || bins < 2 || bins > 9) {
    throw new Error(`bins must be a whole number from 2 to 9 (got ${bins})`);
  }
  const recency: number[] = [];
  const frequency: number[] = [];
  const monetary: number[] = [];
  rows.forEach((row, index) => {
    const where = `row ${index + 1}`;
    const days = requireFinite(row.recencyDays, `${where}: recency days`);
    if (days < 0) throw new Error(`${where}: recency days must not be negative (got ${days})`);
    const count = requireFinite(row.frequency, `${where}: frequency`);
    if (count < 0) throw new Error(`${where}: frequency must not be negative (got ${count})`);
    // Recency is negated so that "strictly worse" is "strictly smaller" for all three measures.
    recency.push(-days);
    frequency.push(count);
    monetary.push(requireFinite(row.monetary, `${where}: monetary`));
  });
  const r = quantileScores(recency, bins);
  const f = quantileScores(frequency, bins);
  const m = quantileScores(monetary, bins);
  const [r5, f5, m5] =
    bins === 5 ? [r, f, m] : [recency, frequency, monetary].map((v) => quantileScores(v, 5));
  return rows.map((_, i) => ({
    r: r[i],
    f: f[i],
    m: m[i],
    score: `${r[i]}${f[i]}${m[i]}`,
    segment: rfmSegment(r5[i], f5[i], m5[i]),
  }));
}

/** 1 + ⌊bins · (values strictly smaller + values equal / 2) / n⌋ for each value. */
function quantileScores(values: readonly number[], bins: number): number[] {
  const n = values.length;
  const sorted = [...values].sort((a, b) => a - b);
  return values.map((value) => {
    const below = countBelow(sorted, value);
    const tied = countAtMost(sorted, value) - below;
    // In whole numbers, so that a percentile exactly on a bin edge is never rounded below it.
    return 1 + Math.floor((bins * (2 * below + tied)) / (2 * n));
  });
}

/** Number of entries of an ascending array smaller than or equal to value (binary search). */
function countAtMost(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Number of entries of an ascending array strictly smaller than value (binary search). */
function countBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
