// BG/NBD unconditional expected number of repeat purchases of a new customer in t time units.

import type { BgNbdParams } from './bg-nbd-params';
import { checkBgNbdParams } from './check-bg-nbd-params';
import { checkHorizon } from './check-horizon';
import { expectedPurchasesIfAlive } from './expected-purchases-if-alive';

/**
 * E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))] (Fader, Hardie & Lee 2005,
 * eq. 9): the expected repeat purchases in the first t time units of a randomly chosen customer.
 * It is the conditional expectation for a customer just acquired (x = 0, T = 0), evaluated by the
 * same overflow-free series, so it is finite for any positive parameters including a = 1.
 *
 * Throws RangeError when a parameter is not positive or t is negative or not finite.
 *
 * @example expectedPurchasesInPeriod({ r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }, 78) // => 1.8580
 */
export function expectedPurchasesInPeriod(params: BgNbdParams, t: number): number {
  checkBgNbdParams(params);
  checkHorizon(t);
  return expectedPurchasesIfAlive(params, t, 0, 0);
}
