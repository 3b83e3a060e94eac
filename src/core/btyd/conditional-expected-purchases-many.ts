// BG/NBD conditional expected purchases for every row of a customer table.

import type { BgNbdParams } from './bg-nbd-params';
import { checkBgNbdParams } from './check-bg-nbd-params';
import { checkBgNbdRows } from './check-bg-nbd-rows';
import { checkHorizon } from './check-horizon';
import { expectedPurchasesIfAlive } from './expected-purchases-if-alive';
import { pAliveUnchecked } from './p-alive-unchecked';
import { perFrequencyAndAge } from './per-frequency-and-age';

/**
 * conditionalExpectedPurchases(params, t, x, tx, T) for each row, in a new array: the
 * hypergeometric part depends only on (x, T) and is evaluated once per distinct pair; the rest is
 * P(alive), a few operations per row.
 *
 * Throws RangeError for invalid parameters, a horizon that is negative or not finite, columns of
 * different lengths or the first invalid row.
 */
export function conditionalExpectedPurchasesMany(
  params: BgNbdParams,
  t: number,
  data: { frequency: ArrayLike<number>; recency: ArrayLike<number>; T: ArrayLike<number> },
): Float64Array {
  checkBgNbdParams(params);
  checkHorizon(t);
  const { frequency, recency, T } = data;
  checkBgNbdRows(frequency, recency, T);
  const out = perFrequencyAndAge(frequency, T, (x, age) => expectedPurchasesIfAlive(params, t, x, age));
  for (let i = 0; i < out.length; i++) out[i] *= pAliveUnchecked(params, frequency[i], recency[i], T[i]);
  return out;
}
