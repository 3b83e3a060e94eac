// MBG/NBD conditional expected purchases for every row of a customer table.
import { checkBgNbdRows } from './check-bg-nbd-rows';
import { checkHorizon } from './check-horizon';
import { checkMbgNbdParams } from './check-mbg-nbd-params';
import { mbgNbdExpectedPurchasesIfAlive } from './mbg-nbd-expected-purchases-if-alive';
import { mbgNbdPAliveUnchecked } from './mbg-nbd-p-alive-unchecked';
import type { MbgNbdParams } from './mbg-nbd-params';
import { perFrequencyAndAge } from './per-frequency-and-age';

/**
 * mbgNbdConditionalExpectedPurchases(params, t, x, tx, T) for each row, in a new array: the
 * hypergeometric part depends only on (x, T) and is evaluated once per distinct pair; P(alive)
 * costs a few operations per row.
 *
 * Throws RangeError for invalid parameters, a horizon that is negative or not finite, columns of
 * different lengths or the first invalid row.
 */
export function mbgNbdConditionalExpectedPurchasesMany(
  params: MbgNbdParams,
  t: number,
  data: { frequency: ArrayLike<number>; recency: ArrayLike<number>; T: ArrayLike<number> },
): Float64Array {
  checkMbgNbdParams(params);
  checkHorizon(t);
  const { frequency, recency, T } = data;
  checkBgNbdRows(frequency, recency, T);
  const out = perFrequencyAndAge(frequency, T, (x, age) => mbgNbdExpectedPurchasesIfAlive(params, t, x, age));
  for (let i = 0; i < out.length; i++)
    out[i] *= mbgNbdPAliveUnchecked(params, frequency[i], recency[i], T[i]);
  return out;
}
