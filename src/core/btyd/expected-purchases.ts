// BG/NBD conditional expected number of repeat purchases in the next t time units.

import type { BgNbdParams } from './bg-nbd-params';
import { checkBgNbdParams } from './check-bg-nbd-params';
import { checkHorizon } from './check-horizon';
import { expectedPurchasesIfAlive } from './expected-purchases-if-alive';
import { pAliveUnchecked } from './p-alive-unchecked';
import { validateBgNbdRow } from './validate-bg-nbd-row';

export { expectedPurchasesInPeriod } from './expected-purchases-in-period';

/**
 * E[Y(t) | x, tx, T]: the expected number of purchases in (T, T + t] of a customer with x repeat
 * purchases, the last at tx, observed for T time units (Fader, Hardie & Lee 2005, eq. 10):
 *
 *   (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
 *   / [1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+tx))^(r+x)],
 *
 * computed as pAlive × expectedPurchasesIfAlive, which evaluates the numerator through a Euler-
 * transformed hypergeometric series that stays finite for any positive parameters (including
 * a = 1 and a + b + x − 1 < 1), x in the thousands and horizons of years. t, x, tx and T are in the
 * time unit the parameters were fitted in. Non-decreasing in t; 0 when t = 0.
 *
 * Throws RangeError when a parameter is not positive, t is negative or not finite, or the row is
 * invalid (the reason from validateBgNbdRow).
 *
 * @example conditionalExpectedPurchases({ r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }, 39, 2, 30.43, 38.86)
 * // => 1.2259 (FHL 2005 report 1.226)
 */
export function conditionalExpectedPurchases(
  params: BgNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  checkBgNbdParams(params);
  checkHorizon(t);
  const problem = validateBgNbdRow(x, tx, T);
  if (problem !== null) throw new RangeError(problem);
  return pAliveUnchecked(params, x, tx, T) * expectedPurchasesIfAlive(params, t, x, T);
}
