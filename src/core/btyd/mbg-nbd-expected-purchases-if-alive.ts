// MBG/NBD expected repeat purchases in the next t time units for a customer known to be active.
import { expectedPurchasesIfAlive } from './expected-purchases-if-alive';
import type { MbgNbdParams } from './mbg-nbd-params';

/**
 * E[purchases in (T, T + t] | active at T, x repeat purchases in (0, T]] under the MBG/NBD model:
 *
 *   (a+b+x)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x+1; a+b+x; t/(α+T+t))]
 *
 * (the numerator of Batislam, Denizel & Filiztekin 2007, eq. 7). An active customer has survived
 * x + 1 tosses, so their p is Beta(a, b+x+1) and their λ Gamma(r+x, α+T), and from T on they buy
 * and toss exactly as a BG/NBD customer does. This is therefore the BG/NBD expectation for an
 * active customer (expectedPurchasesIfAlive) with b + 1 in place of b, whose hypergeometric
 * parameters are those above, and it inherits that function's overflow-free evaluation.
 * Callers have checked the parameters and that t ≥ 0, x ≥ 0 and T ≥ 0.
 */
export function mbgNbdExpectedPurchasesIfAlive(
  params: MbgNbdParams,
  t: number,
  x: number,
  T: number,
): number {
  return expectedPurchasesIfAlive(
    { r: params.r, alpha: params.alpha, a: params.a, b: params.b + 1 },
    t,
    x,
    T,
  );
}
