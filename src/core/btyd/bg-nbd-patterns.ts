// Groups customers with identical (frequency, recency, T) so a likelihood is evaluated once per pattern.
import { indexDistinct } from './index-distinct';
import { mixBits } from './mix-bits';
import { validateBgNbdRow } from './validate-bg-nbd-row';

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
  /**
   * Row i has pattern patternOfRowGroup[rowGroup[i]]: rows are numbered by the pattern's first
   * appearance, renamed to the sorted order through the short second table, so that a fit, which
   * never looks at rows again, does not pay a pass to rename them.
   */
  rowGroup: Int32Array;
  patternOfRowGroup: Int32Array;
};

/**
 * Aggregates rows into distinct (x, tx, T) patterns (Fader & Hardie fit on such a condensed table:
 * the BG/NBD likelihood depends on a customer only through these three numbers). One pass over
 * the rows with a hash of their three numbers (-0 read as 0), then work on the patterns alone:
 * the distinct values of each column are sorted and the patterns put in order of (x, tx, T), so
 * the result does not depend on the rows' order. O(n + p log p) for p patterns, which for
 * whole-day or 2-decimal data is a small fraction of n. Each pattern is checked with
 * validateBgNbdRow when first met, so the rows need no other pass; the input is not modified.
 *
 * Throws RangeError when the columns differ in length, or naming the first invalid row ("row 3:
 * recency is greater than T", rows counted from 1).
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
  const rowGroup = new Int32Array(n);
  // Room for up to 32,768 patterns before the table grows, or twice the rows when they are fewer.
  let capacity = 1 << Math.min(16, Math.max(4, Math.ceil(Math.log2(2 * n + 1))));
  let mask = capacity - 1;
  let table: Int32Array = new Int32Array(capacity).fill(-1);
  let seen = new Float64Array(3 * (capacity >> 1));
  let counts = new Float64Array(capacity >> 1);
  let found = 0;
  for (let i = 0; i < n; i++) {
    const x = frequency[i] === 0 ? 0 : frequency[i];
    const tx = recency[i] === 0 ? 0 : recency[i];
    const age = T[i] === 0 ? 0 : T[i];
    let at = tripleHash(x, tx, age) & mask;
    let id = table[at];
    while (id >= 0 && !(seen[3 * id] === x && seen[3 * id + 1] === tx && seen[3 * id + 2] === age)) {
      at = (at + 1) & mask;
      id = table[at];
    }
    if (id < 0) {
      // A row is checked when its pattern is first met: an invalid row met later repeats one met first.
      const problem = validateBgNbdRow(x, tx, age);
      if (problem !== null) throw new RangeError(`row ${i + 1}: ${problem}`);
      id = found++;
      table[at] = id;
      if (id >= counts.length) {
        const grownSeen = new Float64Array(seen.length * 2);
        grownSeen.set(seen);
        seen = grownSeen;
        const grownCounts = new Float64Array(counts.length * 2);
        grownCounts.set(counts);
        counts = grownCounts;
      }
      seen[3 * id] = x;
      seen[3 * id + 1] = tx;
      seen[3 * id + 2] = age;
      // Keep the table at most half full, so probes stay short.
      if (found * 2 > capacity) {
        capacity *= 2;
        mask = capacity - 1;
        table = rehash(seen, found, capacity);
      }
    }
    counts[id]++;
    rowGroup[i] = id;
  }
  return sortPatterns(seen, counts, found, rowGroup);
}

/** The patterns found, in order of (x, tx, T), with where each group of rows went. */
function sortPatterns(
  seen: Float64Array,
  counts: Float64Array,
  found: number,
  rowGroup: Int32Array,
): BgNbdPatterns {
  const column = (offset: number) => {
    const values = new Float64Array(found);
    for (let k = 0; k < found; k++) values[k] = seen[3 * k + offset];
    return indexDistinct(values);
  };
  const x = column(0);
  const tx = column(1);
  const age = column(2);
  const nTx = tx.values.length;
  const nAge = age.values.length;
  const order = new Int32Array(found);
  for (let k = 0; k < found; k++) order[k] = k;
  if (x.values.length * nTx * nAge < Number.MAX_SAFE_INTEGER) {
    // One exact number per pattern orders them; the keys are distinct, so their ranks are the order.
    const keys = new Float64Array(found);
    for (let k = 0; k < found; k++) keys[k] = (x.index[k] * nTx + tx.index[k]) * nAge + age.index[k];
    const rank = indexDistinct(keys).index;
    for (let k = 0; k < found; k++) order[rank[k]] = k;
  } else {
    order.sort((p, q) => x.index[p] - x.index[q] || tx.index[p] - tx.index[q] || age.index[p] - age.index[q]);
  }
  const weight = new Float64Array(found);
  const xIndex = new Int32Array(found);
  const recencyIndex = new Int32Array(found);
  const ageIndex = new Int32Array(found);
  const renamed = new Int32Array(found);
  for (let k = 0; k < found; k++) {
    const id = order[k];
    renamed[id] = k;
    weight[k] = counts[id];
    xIndex[k] = x.index[id];
    recencyIndex[k] = tx.index[id];
    ageIndex[k] = age.index[id];
  }
  return {
    count: found,
    weight,
    xIndex,
    recencyIndex,
    ageIndex,
    xValues: x.values,
    recencyValues: tx.values,
    ageValues: age.values,
    customers: rowGroup.length,
    rowGroup,
    patternOfRowGroup: renamed,
  };
}

/**
 * A hash of a row's numbers from their values scaled and cut to 32 bits: cheaper than reading their
 * bits, and numbers closer than the scales (1/65,536 of a time unit) merely share a probe sequence.
 */
function tripleHash(x: number, tx: number, age: number): number {
  return mixBits((x * 4099) | 0, (tx * 65536) | 0, (age * 8192) | 0);
}

function rehash(seen: Float64Array, found: number, capacity: number): Int32Array {
  const mask = capacity - 1;
  const table = new Int32Array(capacity).fill(-1);
  for (let id = 0; id < found; id++) {
    let at = tripleHash(seen[3 * id], seen[3 * id + 1], seen[3 * id + 2]) & mask;
    while (table[at] >= 0) at = (at + 1) & mask;
    table[at] = id;
  }
  return table;
}
