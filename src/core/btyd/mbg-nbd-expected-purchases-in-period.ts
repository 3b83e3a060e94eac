// MBG/NBD unconditional expected number of repeat purchases of a new customer in t time units.
import { checkHorizon } from './check-horizon';
import { checkMbgNbdParams } from './check-mbg-nbd-params';
import { mbgNbdExpectedPurchasesIfAlive } from './mbg-nbd-expected-purchases-if-alive';
import type { MbgNbdParams } from './mbg-nbd-params';

/**
 * E[X(t)] = b/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b+1; a+b; t/(α+t))] (Batislam, Denizel &
 * Filiztekin 2007, eq. 5): a new customer is still active after the toss at the first purchase
 * with probability E[1−p] = b/(a+b), and is then an active customer with x = 0 and T = 0, whose
 * expectation is mbgNbdExpectedPurchasesIfAlive ((a+b)/(a−1) · […]). Finite for any positive
 * parameters including a = 1.
 *
 * Throws RangeError when a parameter is not positive or t is negative or not finite.
 *
 * @example mbgNbdExpectedPurchasesInPeriod({ r: 1, alpha: 1, a: 2, b: 1 }, 1) // => 0.22741 (b/(a−1) · (1 − ½ · ₂F₁(1, 2; 3; ½)))
 */
export function mbgNbdExpectedPurchasesInPeriod(params: MbgNbdParams, t: number): number {
  checkMbgNbdParams(params);
  checkHorizon(t);
  const { a, b } = params;
  return (b / (a + b)) * mbgNbdExpectedPurchasesIfAlive(params, t, 0, 0);
}
