// BG/NBD conditional expected purchases for rows that each have their own horizon.
import type { BgNbdParams } from './bg-nbd-params';
import { conditionalExpectedPurchasesMany } from './conditional-expected-purchases-many';

/**
 * conditionalExpectedPurchases(params, horizon[i], frequency[i], recency[i], T[i]) for each row,
 * in a new array. The rows are grouped by horizon and each group runs through
 * conditionalExpectedPurchasesMany once, so the hypergeometric series is summed once per distinct
 * (x, T) and horizon, not per row.
 *
 * Throws RangeError for invalid parameters, a horizon that is negative or not finite, or the first
 * invalid row of a group (conditionalExpectedPurchasesMany).
 */
export function conditionalExpectedPurchasesByHorizon(
  params: BgNbdParams,
  data: {
    horizon: ArrayLike<number>;
    frequency: ArrayLike<number>;
    recency: ArrayLike<number>;
    T: ArrayLike<number>;
  },
): Float64Array {
  const rowsOf = new Map<number, number[]>();
  for (let i = 0; i < data.horizon.length; i++) {
    const rows = rowsOf.get(data.horizon[i]);
    if (rows) rows.push(i);
    else rowsOf.set(data.horizon[i], [i]);
  }
  const out = new Float64Array(data.horizon.length);
  for (const [t, rows] of rowsOf) {
    const values = conditionalExpectedPurchasesMany(params, t, {
      frequency: rows.map((i) => data.frequency[i]),
      recency: rows.map((i) => data.recency[i]),
      T: rows.map((i) => data.T[i]),
    });
    rows.forEach((i, k) => {
      out[i] = values[k];
    });
  }
  return out;
}
