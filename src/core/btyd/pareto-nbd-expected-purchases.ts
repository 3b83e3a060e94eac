// Pareto/NBD conditional expected number of repeat purchases in the next t time units.
import { checkHorizon } from './check-horizon';
import { checkParetoNbdParams } from './check-pareto-nbd-params';
import { paretoNbdExpectedPurchasesIfAlive } from './pareto-nbd-expected-purchases-if-alive';
import { paretoNbdPAlive } from './pareto-nbd-p-alive';
import type { ParetoNbdParams } from './pareto-nbd-params';

/**
 * E[Y(t) | x, tx, T] = P(alive) · (r+x)(β+T) / ((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)]
 * (Fader & Hardie 2005, "A Note on Deriving the Pareto/NBD Model and Related Expressions", eq. 41):
 * P(alive) times the expectation of an active customer (paretoNbdExpectedPurchasesIfAlive).
 *
 * Throws RangeError when a parameter is not positive, t is negative or not finite, or the row is
 * invalid (validateBgNbdRow).
 *
 * @example paretoNbdConditionalExpectedPurchases({ r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }, 39, 2, 30.43, 38.86)
 * // => 1.4551
 */
export function paretoNbdConditionalExpectedPurchases(
  params: ParetoNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  checkParetoNbdParams(params);
  checkHorizon(t);
  const alive = paretoNbdPAlive(params, x, tx, T);
  return alive * paretoNbdExpectedPurchasesIfAlive(params, t, x, T);
}
