// Pareto/NBD conditional expected purchases for every row of a customer table.
import { checkBgNbdRows } from './check-bg-nbd-rows';
import { checkHorizon } from './check-horizon';
import { checkParetoNbdParams } from './check-pareto-nbd-params';
import { paretoNbdExpectedPurchasesIfAlive } from './pareto-nbd-expected-purchases-if-alive';
import { paretoNbdPAliveUnchecked } from './pareto-nbd-p-alive-unchecked';
import type { ParetoNbdParams } from './pareto-nbd-params';

/**
 * paretoNbdConditionalExpectedPurchases(params, t, x, tx, T) for each row, in a new array: the
 * parameters and rows are checked once, then each row costs one closed form and one P(alive)
 * series. O(n × series terms).
 *
 * Throws RangeError for invalid parameters, a horizon that is negative or not finite, columns of
 * different lengths or the first invalid row.
 */
export function paretoNbdConditionalExpectedPurchasesMany(
  params: ParetoNbdParams,
  t: number,
  data: { frequency: ArrayLike<number>; recency: ArrayLike<number>; T: ArrayLike<number> },
): Float64Array {
  checkParetoNbdParams(params);
  checkHorizon(t);
  const { frequency, recency, T } = data;
  checkBgNbdRows(frequency, recency, T);
  const out = new Float64Array(frequency.length);
  for (let i = 0; i < out.length; i++) {
    const x = frequency[i];
    out[i] =
      paretoNbdPAliveUnchecked(params, x, recency[i], T[i]) *
      paretoNbdExpectedPurchasesIfAlive(params, t, x, T[i]);
  }
  return out;
}
