// Discounted expected purchases month by month of a BG/NBD customer known to be active.
import type { BgNbdParams } from './bg-nbd-params';
import { expectedPurchasesIfAlive } from './expected-purchases-if-alive';

/**
 * Σᵢ₌₁ᵐᵒⁿᵗʰˢ (E(i·L) − E((i−1)·L)) / (1 + d)ⁱ with E = expectedPurchasesIfAlive and L the month
 * length in the data's time unit: lifetimes' monthly-increment CLV without the spend and P(alive)
 * factors, which multiply it (both are constant over the months). O(months) series evaluations.
 * Callers have checked the parameters, the row and the options.
 */
export function discountedPurchasesIfAlive(
  params: BgNbdParams,
  x: number,
  T: number,
  months: number,
  monthlyDiscount: number,
  monthLength: number,
): number {
  let total = 0;
  let previous = 0;
  let discount = 1;
  for (let i = 1; i <= months; i++) {
    const cumulative = expectedPurchasesIfAlive(params, i * monthLength, x, T);
    discount *= 1 + monthlyDiscount;
    total += (cumulative - previous) / discount;
    previous = cumulative;
  }
  return total;
}
