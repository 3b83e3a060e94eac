// MBG/NBD conditional expected number of repeat purchases in the next t time units.
import { checkHorizon } from './check-horizon';
import { checkMbgNbdParams } from './check-mbg-nbd-params';
import { mbgNbdExpectedPurchasesIfAlive } from './mbg-nbd-expected-purchases-if-alive';
import { mbgNbdPAliveUnchecked } from './mbg-nbd-p-alive-unchecked';
import type { MbgNbdParams } from './mbg-nbd-params';
import { validateBgNbdRow } from './validate-bg-nbd-row';

/**
 * E[Y(t) | x, tx, T]: the expected purchases in (T, T + t] of a customer with x repeat purchases,
 * the last at tx, observed for T time units (Batislam, Denizel & Filiztekin 2007, eq. 7):
 *
 *   (a+b+x)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x+1; a+b+x; t/(α+T+t))]
 *   / [1 + a/(b+x) · ((α+T)/(α+tx))^(r+x)],
 *
 * computed as mbgNbdPAlive × mbgNbdExpectedPurchasesIfAlive. Non-decreasing in t; 0 when t = 0.
 *
 * Throws RangeError when a parameter is not positive, t is negative or not finite, or the row is
 * invalid (validateBgNbdRow).
 *
 * @example mbgNbdConditionalExpectedPurchases({ r: 0.5248, alpha: 6.183, a: 0.8914, b: 1.614 }, 39, 2, 30.43, 38.86)
 * // => 1.2627 (numerical integration over λ and p gives the same)
 */
export function mbgNbdConditionalExpectedPurchases(
  params: MbgNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  checkMbgNbdParams(params);
  checkHorizon(t);
  const problem = validateBgNbdRow(x, tx, T);
  if (problem !== null) throw new RangeError(problem);
  return mbgNbdPAliveUnchecked(params, x, tx, T) * mbgNbdExpectedPurchasesIfAlive(params, t, x, T);
}
