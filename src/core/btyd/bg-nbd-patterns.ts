// Groups customers with identical (frequency, recency, T) so a likelihood is evaluated once per pattern.
import { indexDistinct } from './index-distinct';

/**
 * Distinct (x, tx, T) patterns with their customer counts, as indexes into the sorted distinct
 * values of x, tx and T, so per-value quantities (log-gammas per x, logs per T) are computed once
 * per value rather than once per pattern.
 */
export type BgNbdPatterns = {
  count: number;
  weight: Float64Array;
  xIndex: Int32Array;
  recencyIndex: Int32Array;
  ageIndex: Int32Array;
  xValues: Float64Array;
  recencyValues: Float64Array;
  ageValues: Float64Array;
  /** Number of customers (the sum of the weights). */
  customers: number;
};

/**
 * Aggregates rows into distinct (x, tx, T) patterns (Fader & Hardie fit on such a condensed table:
 * the BG/NBD likelihood depends on a customer only through these three numbers). O(n log n) with
 * a sort of one numeric key per row; for whole-day or 2-decimal data the pattern count is a small
 * fraction of n. The rows must be valid (validateBgNbdRow); the input is not modified.
 *
 * Throws RangeError when the columns differ in length.
 */
export function aggregateBgNbdPatterns(
  frequency: ArrayLike<number>,
  recency: ArrayLike<number>,
  T: ArrayLike<number>,
): BgNbdPatterns {
  const n = frequency.length;
  if (recency.length !== n || T.length !== n) {
    throw new RangeError(
      `frequency, recency and T must have the same length (${n}, ${recency.length}, ${T.length})`,
    );
  }
  const x = indexDistinct(frequency);
  const tx = indexDistinct(recency);
  const age = indexDistinct(T);
  const nTx = tx.values.length;
  const nAge = age.values.length;
  // One number per row identifies its pattern exactly while the product of the counts stays below
  // 2^53, which holds for any realistic table (a million distinct values in two columns and 9,000
  // distinct frequencies); beyond that a Map keyed by text takes over.
  const exact = x.values.length * nTx * nAge < Number.MAX_SAFE_INTEGER;
  if (!exact) return aggregateByText(x.index, tx.index, age.index, x.values, tx.values, age.values);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (x.index[i] * nTx + tx.index[i]) * nAge + age.index[i];
  keys.sort();
  let count = 0;
  for (let i = 0; i < n; i++) if (i === 0 || keys[i] !== keys[i - 1]) count++;
  const weight = new Float64Array(count);
  const xIndex = new Int32Array(count);
  const recencyIndex = new Int32Array(count);
  const ageIndex = new Int32Array(count);
  let k = -1;
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    if (i === 0 || key !== keys[i - 1]) {
      k++;
      const ageId = key % nAge;
      const rest = (key - ageId) / nAge;
      const txId = rest % nTx;
      ageIndex[k] = ageId;
      recencyIndex[k] = txId;
      xIndex[k] = (rest - txId) / nTx;
    }
    weight[k]++;
  }
  return {
    count,
    weight,
    xIndex,
    recencyIndex,
    ageIndex,
    xValues: x.values,
    recencyValues: tx.values,
    ageValues: age.values,
    customers: n,
  };
}

function aggregateByText(
  xId: Int32Array,
  txId: Int32Array,
  ageId: Int32Array,
  xValues: Float64Array,
  recencyValues: Float64Array,
  ageValues: Float64Array,
): BgNbdPatterns {
  const n = xId.length;
  const slot = new Map<string, number>();
  const rows: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = `${xId[i]},${txId[i]},${ageId[i]}`;
    const found = slot.get(key);
    if (found === undefined) {
      slot.set(key, rows.length);
      rows.push(i);
      counts.push(1);
    } else {
      counts[found]++;
    }
  }
  const count = rows.length;
  return {
    count,
    weight: Float64Array.from(counts),
    xIndex: Int32Array.from(rows, (i) => xId[i]),
    recencyIndex: Int32Array.from(rows, (i) => txId[i]),
    ageIndex: Int32Array.from(rows, (i) => ageId[i]),
    xValues,
    recencyValues,
    ageValues,
    customers: n,
  };
}
