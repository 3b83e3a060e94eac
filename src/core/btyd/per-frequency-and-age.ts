// Evaluates a function of (frequency, T) once per distinct pair and spreads the values over the rows.
import { indexDistinct } from './index-distinct';

// Pair tables up to this size are dense arrays; larger ones (continuous T) use a Map.
const DENSE_PAIRS = 1 << 22;

/**
 * For each row i, compute(frequency[i], T[i]), calling compute once per distinct (frequency, T)
 * pair: BG/NBD expectations for an active customer depend on the history only through x and T,
 * and real tables repeat those pairs a lot (whole-day ages, small counts). O(n) plus the distinct
 * evaluations. The columns are not modified.
 *
 * Throws RangeError when the columns differ in length or hold NaN.
 */
export function perFrequencyAndAge(
  frequency: ArrayLike<number>,
  T: ArrayLike<number>,
  compute: (x: number, T: number) => number,
): Float64Array {
  const n = frequency.length;
  if (T.length !== n) throw new RangeError(`frequency and T must have the same length (${n}, ${T.length})`);
  const xs = indexDistinct(frequency);
  const ages = indexDistinct(T);
  const nAge = ages.values.length;
  const out = new Float64Array(n);
  if (xs.values.length * nAge <= DENSE_PAIRS) {
    const table = new Float64Array(xs.values.length * nAge).fill(Number.NaN);
    for (let i = 0; i < n; i++) {
      const key = xs.index[i] * nAge + ages.index[i];
      let value = table[key];
      if (Number.isNaN(value)) {
        value = compute(frequency[i], T[i]);
        table[key] = value;
      }
      out[i] = value;
    }
    return out;
  }
  const table = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = xs.index[i] * nAge + ages.index[i];
    let value = table.get(key);
    if (value === undefined) {
      value = compute(frequency[i], T[i]);
      table.set(key, value);
    }
    out[i] = value;
  }
  return out;
}
