// Groups customers with identical (frequency, recency, T) so a likelihood is evaluated once per pattern.
import { indexDistinct } from './index-distinct';
import { mixBits } from './mix-bits';

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
  /** For each row, the index of its pattern: what is computed per pattern is spread over rows with it. */
  rowPattern: Int32Array;
};

// The bits of the three numbers of a row, read as 32-bit words to hash them.
const scratch = new Float64Array(3);
const words = new Int32Array(scratch.buffer);

/**
 * Aggregates rows into distinct (x, tx, T) patterns (Fader & Hardie fit on such a condensed table:
 * the BG/NBD likelihood depends on a customer only through these three numbers). One pass over
 * the rows with a hash of their three numbers (-0 read as 0), then work on the patterns alone:
 * the distinct values of each column are sorted and the patterns put in order of (x, tx, T), so
 * the result does not depend on the rows' order. O(n + p log p) for p patterns, which for
 * whole-day or 2-decimal data is a small fraction of n. The rows must be valid (validateBgNbdRow);
 * the input is not modified.
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
  const rowPattern = new Int32Array(n);
  let capacity = 1024;
  let mask = capacity - 1;
  let table = new Int32Array(capacity).fill(-1);
  let seen = new Float64Array(3 * (capacity >> 1));
  let counts = new Float64Array(capacity >> 1);
  let found = 0;
  for (let i = 0; i < n; i++) {
    const x = frequency[i] === 0 ? 0 : frequency[i];
    const tx = recency[i] === 0 ? 0 : recency[i];
    const age = T[i] === 0 ? 0 : T[i];
    scratch[0] = x;
    scratch[1] = tx;
    scratch[2] = age;
    let at = tripleHash() & mask;
    let id = table[at];
    while (id >= 0 && !(seen[3 * id] === x && seen[3 * id + 1] === tx && seen[3 * id + 2] === age)) {
      at = (at + 1) & mask;
      id = table[at];
    }
    if (id < 0) {
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
    rowPattern[i] = id;
  }
  return sortPatterns(seen, counts, found, rowPattern);
}

/** The patterns found, in order of (x, tx, T), with the rows' pattern numbers renamed to match. */
function sortPatterns(
  seen: Float64Array,
  counts: Float64Array,
  found: number,
  rowPattern: Int32Array,
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
  for (let i = 0; i < rowPattern.length; i++) rowPattern[i] = renamed[rowPattern[i]];
  return {
    count: found,
    weight,
    xIndex,
    recencyIndex,
    ageIndex,
    xValues: x.values,
    recencyValues: tx.values,
    ageValues: age.values,
    customers: rowPattern.length,
    rowPattern,
  };
}

function tripleHash(): number {
  return mixBits(
    words[0] ^ Math.imul(words[1], 0x9e3779b1),
    words[2] ^ Math.imul(words[3], 0x85ebca6b),
    words[4] ^ Math.imul(words[5], 0xc2b2ae35),
  );
}

function rehash(seen: Float64Array, found: number, capacity: number): Int32Array {
  const mask = capacity - 1;
  const table = new Int32Array(capacity).fill(-1);
  for (let id = 0; id < found; id++) {
    scratch[0] = seen[3 * id];
    scratch[1] = seen[3 * id + 1];
    scratch[2] = seen[3 * id + 2];
    let at = tripleHash() & mask;
    while (table[at] >= 0) at = (at + 1) & mask;
    table[at] = id;
  }
  return table;
}
