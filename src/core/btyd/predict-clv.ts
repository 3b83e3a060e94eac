// Predicted customer lifetime value from a BG/NBD and a Gamma-Gamma fit (lifetimes' method).
import type { BgNbdParams } from './bg-nbd-params';
import { checkBgNbdParams } from './check-bg-nbd-params';
import { type ClvOptions, checkClvOptions } from './check-clv-options';
import { conditionalExpectedSpend } from './conditional-expected-spend';
import { discountedPurchasesIfAlive } from './discounted-purchases-if-alive';
import type { GammaGammaParams } from './gamma-gamma-params';
import { pAliveUnchecked } from './p-alive-unchecked';
import { validateBgNbdRow } from './validate-bg-nbd-row';

export type { ClvOptions } from './check-clv-options';
export { predictClvMany } from './predict-clv-many';
export type { TimeUnit } from './time-unit';

/**
 * CLV over the next `months` months, as lifetimes' `customer_lifetime_value` computes it:
 *
 *   Σᵢ₌₁ᵐᵒⁿᵗʰˢ (E[Y(i·L) | x, tx, T] − E[Y((i−1)·L) | x, tx, T]) · E[M | x, m̄] / (1 + d)ⁱ,
 *
 * with E[Y] the BG/NBD conditional expected purchases, E[M] the Gamma-Gamma conditional expected
 * spend (conditionalExpectedSpend), d the monthly discount (default 0.01), months default 12, and L
 * the month: 30 days or 4.345 weeks (clvMonthLength, lifetimes' factors). x, tx, T are in `unit`,
 * the unit the BG/NBD parameters were fitted in. Rises with the monetary value and falls as the
 * discount rises. O(months) hypergeometric series.
 *
 * Throws RangeError for invalid parameters, rows (validateBgNbdRow), monetary values or options,
 * and when the Gamma-Gamma expected spend is infinite (p·x + q ≤ 1).
 *
 * @example predictClv({ r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }, { p: 6.25, q: 3.74, gamma: 15.44 },
 *   2, 30.43, 38.86, 22.35, { unit: 'weeks' }) // => 36.286 (CDNOW customer 1, 12 months)
 */
export function predictClv(
  bg: BgNbdParams,
  gg: GammaGammaParams,
  x: number,
  tx: number,
  T: number,
  monetary: number,
  options: ClvOptions,
): number {
  checkBgNbdParams(bg);
  const { months, monthlyDiscount, monthLength } = checkClvOptions(options);
  const problem = validateBgNbdRow(x, tx, T);
  if (problem !== null) throw new RangeError(problem);
  const spend = conditionalExpectedSpend(gg, x, monetary);
  const purchases = discountedPurchasesIfAlive(bg, x, T, months, monthlyDiscount, monthLength);
  return spend * pAliveUnchecked(bg, x, tx, T) * purchases;
}
