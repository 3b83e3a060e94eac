// P(alive) and expected purchases of every row of a customer table, computed once per distinct (x, tx, T).
import type { BgNbdParams } from './bg-nbd-params';
import { aggregateBgNbdPatterns } from './bg-nbd-patterns';
import { checkBgNbdParams } from './check-bg-nbd-params';
import { checkHorizon } from './check-horizon';
import { expectedPurchasesIfAlive } from './expected-purchases-if-alive';
import { pAliveUnchecked } from './p-alive-unchecked';

/** Per row: P(alive) at T and the expected purchases in the next t time units. */
export type BgNbdScores = { pAlive: Float64Array; expectedPurchases: Float64Array };

/**
 * pAlive(params, x, tx, T) and conditionalExpectedPurchases(params, t, x, tx, T) for each row, with
 * the same values: both depend on a customer only through (x, tx, T), so they are computed once per
 * distinct pattern (aggregateBgNbdPatterns) and copied to its rows, and the hypergeometric part,
 * which depends on (x, T) alone, once per distinct pair. A million customers observed in whole
 * weeks have about a thousand patterns, so the work is mostly the one pass that groups them.
 *
 * Throws RangeError for invalid parameters, a horizon that is negative or not finite, columns of
 * different lengths or the first invalid row.
 */
export function scoreBgNbdMany(
  params: BgNbdParams,
  t: number,
  data: { frequency: ArrayLike<number>; recency: ArrayLike<number>; T: ArrayLike<number> },
): BgNbdScores {
  checkBgNbdParams(params);
  checkHorizon(t);
  const { frequency, recency, T } = data;
  // Grouping checks every row (each pattern when first met) and names the first invalid one.
  const patterns = aggregateBgNbdPatterns(frequency, recency, T);
  const { count, xIndex, recencyIndex, ageIndex, xValues, recencyValues, ageValues } = patterns;
  const nAge = ageValues.length;
  // Patterns come ordered by x, then tx, then T: the pairs (x, T) repeat across tx, so they are kept by key.
  const ifAliveOfPair = new Map<number, number>();
  const alive = new Float64Array(count);
  const expected = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const x = xValues[xIndex[k]];
    const age = ageValues[ageIndex[k]];
    const key = xIndex[k] * nAge + ageIndex[k];
    let ifAlive = ifAliveOfPair.get(key);
    if (ifAlive === undefined) {
      ifAlive = expectedPurchasesIfAlive(params, t, x, age);
      ifAliveOfPair.set(key, ifAlive);
    }
    alive[k] = pAliveUnchecked(params, x, recencyValues[recencyIndex[k]], age);
    expected[k] = alive[k] * ifAlive;
  }
  const { rowGroup, patternOfRowGroup } = patterns;
  const n = rowGroup.length;
  const pAlive = new Float64Array(n);
  const expectedPurchases = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = patternOfRowGroup[rowGroup[i]];
    pAlive[i] = alive[k];
    expectedPurchases[i] = expected[k];
  }
  return { pAlive, expectedPurchases };
}
