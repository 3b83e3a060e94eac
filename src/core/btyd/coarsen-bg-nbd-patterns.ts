// A smaller table of (x, tx, T) patterns that approximates a large one, to find a fit's starting point cheaply.
import type { BgNbdPatterns } from './bg-nbd-patterns';

/** Bins per time column: enough that the coarse optimum lies within a few BFGS steps of the exact one. */
const BINS = 64;
/** Dense key tables larger than this are not worth building for a starting point. */
const MAX_KEYS = 1 << 22;

/**
 * The patterns with recency and T each rounded into at most 64 equal-width bins over (0, largest]
 * (0 keeps a bin of its own, so x = 0 rows keep tx = 0), each bin standing at the weighted mean
 * of the values in it, and the patterns that then coincide merged with their weights summed.
 * The likelihood of the coarse table is close to that of the original, and with recency written to
 * 0.01 week it has a fraction of the patterns: minimising it first, then the exact likelihood from
 * there with the curvature learnt, takes a few full-size evaluations instead of dozens. Returns
 * null when coarsening would not at least quarter the patterns. O(p) for p patterns.
 */
export function coarsenBgNbdPatterns(patterns: BgNbdPatterns): BgNbdPatterns | null {
  const recency = binValues(patterns.recencyValues, patterns.recencyIndex, patterns.weight);
  const age = binValues(patterns.ageValues, patterns.ageIndex, patterns.weight);
  const nX = patterns.xValues.length;
  const keys = nX * recency.values.length * age.values.length;
  if (keys > MAX_KEYS) return null;
  const weightOfKey = new Float64Array(keys);
  for (let k = 0; k < patterns.count; k++) {
    const key =
      (patterns.xIndex[k] * recency.values.length + recency.binOf[patterns.recencyIndex[k]]) *
        age.values.length +
      age.binOf[patterns.ageIndex[k]];
    weightOfKey[key] += patterns.weight[k];
  }
  let count = 0;
  for (let key = 0; key < keys; key++) if (weightOfKey[key] > 0) count++;
  if (count * 4 > patterns.count) return null;
  const weight = new Float64Array(count);
  const xIndex = new Int32Array(count);
  const recencyIndex = new Int32Array(count);
  const ageIndex = new Int32Array(count);
  const perX = recency.values.length * age.values.length;
  for (let key = 0, k = 0; key < keys; key++) {
    if (!(weightOfKey[key] > 0)) continue;
    weight[k] = weightOfKey[key];
    xIndex[k] = Math.floor(key / perX);
    recencyIndex[k] = Math.floor((key % perX) / age.values.length);
    ageIndex[k] = key % age.values.length;
    k++;
  }
  return {
    count,
    weight,
    xIndex,
    recencyIndex,
    ageIndex,
    xValues: patterns.xValues,
    recencyValues: recency.values,
    ageValues: age.values,
    customers: patterns.customers,
    rowGroup: new Int32Array(0),
    patternOfRowGroup: new Int32Array(0),
  };
}

/** Sorted distinct values binned: the bin of each value and each used bin's weighted mean, ascending. */
function binValues(
  values: Float64Array,
  indexOfPattern: Int32Array,
  weightOfPattern: Float64Array,
): { binOf: Int32Array; values: Float64Array } {
  const n = values.length;
  const largest = n > 0 ? values[n - 1] : 0;
  const weightOfValue = new Float64Array(n);
  for (let k = 0; k < indexOfPattern.length; k++) weightOfValue[indexOfPattern[k]] += weightOfPattern[k];
  const rawBin = (v: number) => (v > 0 ? 1 + Math.min(BINS - 1, Math.floor((BINS * v) / largest)) : 0);
  // Bins numbered in order of their values, so the result stays sorted; empty bins are dropped.
  const binOf = new Int32Array(n);
  const sums: number[] = [];
  const weights: number[] = [];
  let previous = -1;
  for (let i = 0; i < n; i++) {
    const bin = rawBin(values[i]);
    if (bin !== previous) {
      sums.push(0);
      weights.push(0);
      previous = bin;
    }
    const b = sums.length - 1;
    binOf[i] = b;
    sums[b] += weightOfValue[i] * values[i];
    weights[b] += weightOfValue[i];
  }
  const means = Float64Array.from(sums, (sum, b) => (weights[b] > 0 ? sum / weights[b] : 0));
  return { binOf, values: means };
}
