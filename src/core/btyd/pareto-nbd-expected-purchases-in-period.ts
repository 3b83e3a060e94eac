// Pareto/NBD unconditional expected number of repeat purchases of a new customer in t time units.
import { checkHorizon } from './check-horizon';
import { checkParetoNbdParams } from './check-pareto-nbd-params';
import { paretoNbdExpectedPurchasesIfAlive } from './pareto-nbd-expected-purchases-if-alive';
import type { ParetoNbdParams } from './pareto-nbd-params';

/**
 * E[X(t)] = rβ / (α(s−1)) · [1 − (β/(β+t))^(s−1)] (Schmittlein, Morrison & Colombo 1987; Fader &
 * Hardie 2005, "A Note on Deriving the Pareto/NBD Model and Related Expressions", eq. 27): every
 * new customer is active at the first purchase, so this is paretoNbdExpectedPurchasesIfAlive with
 * x = 0 and T = 0. Finite at s = 1 (the limit rβ/α · ln(1 + t/β)).
 *
 * Throws RangeError when a parameter is not positive or t is negative or not finite.
 *
 * @example paretoNbdExpectedPurchasesInPeriod({ r: 1, alpha: 1, s: 2, beta: 1 }, 1) // => 0.5 (1 · 1 / 1 · (1 − ½))
 */
export function paretoNbdExpectedPurchasesInPeriod(params: ParetoNbdParams, t: number): number {
  checkParetoNbdParams(params);
  checkHorizon(t);
  return paretoNbdExpectedPurchasesIfAlive(params, t, 0, 0);
}
