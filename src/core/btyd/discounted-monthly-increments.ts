// Discounted month-by-month increments of a cumulative expectation, as predicted CLV sums them.

/**
 * Σᵢ₌₁ᵐᵒⁿᵗʰˢ (E(i·L) − E((i−1)·L)) / (1 + d)ⁱ for a cumulative expectation E with E(0) = 0, L the
 * month length in the data's time unit and d the monthly discount: lifetimes' monthly-increment
 * CLV without the spend and P(alive) factors. O(months) evaluations of E. Callers have checked the
 * options.
 *
 * @example discountedMonthlyIncrements((t) => t, 2, 0, 1) // => 2
 */
export function discountedMonthlyIncrements(
  cumulative: (t: number) => number,
  months: number,
  monthlyDiscount: number,
  monthLength: number,
): number {
  let total = 0;
  let previous = 0;
  let discount = 1;
  for (let i = 1; i <= months; i++) {
    const value = cumulative(i * monthLength);
    discount *= 1 + monthlyDiscount;
    total += (value - previous) / discount;
    previous = value;
  }
  return total;
}
