// Customer lifetime value as the discounted sum of expected revenue per period.

import { requireFinite } from './require-finite';

/**
 * Customer lifetime value CLV = Σₜ₌₁…ₙ revenueₜ · survivalₜ / (1 + d)ᵗ: revenue is received at the
 * end of each period t, weighted by the probability survivalₜ that the customer is still
 * active then, and discounted at rate d per period. Survival is 1 in every period when omitted.
 * Runs in O(n).
 *
 * @param revenueByPeriod revenue expected in periods 1…n (finite; at least one period)
 * @param discountRate discount rate per period d, greater than −1 (0.1 = 10 %)
 * @param survivalByPeriod probability of still being a customer in periods 1…n, each in [0, 1]
 * @throws {Error} when there is no period, a revenue is not finite, the discount rate is not a
 *   finite number greater than −1, or the survival list has a different length or a value
 *   outside [0, 1]; or when the sum overflows (a rate very close to −1 over many periods).
 * @example
 * simpleClv([1000, 1000, 1000], 0.1); // => 2486.85… (909.09 + 826.45 + 751.31)
 */
export function simpleClv(
  revenueByPeriod: readonly number[],
  discountRate: number,
  survivalByPeriod?: readonly number[],
): number {
  if (revenueByPeriod.length === 0) {
    throw new Error('revenue must have at least one period');
  }
  requireFinite(discountRate, 'discount rate');
  if (discountRate <= -1) {
    throw new Error(`discount rate must be greater than -1 (got ${discountRate})`);
  }
  if (survivalByPeriod !== undefined && survivalByPeriod.length !== revenueByPeriod.length) {
    throw new Error(
      `survival has ${survivalByPeriod.length} periods but revenue has ${revenueByPeriod.length}; ` +
        'give one survival probability per period',
    );
  }
  let total = 0;
  let discountFactor = 1;
  for (let i = 0; i < revenueByPeriod.length; i++) {
    const period = i + 1;
    const revenue = requireFinite(revenueByPeriod[i], `revenue in period ${period}`);
    let survival = 1;
    if (survivalByPeriod !== undefined) {
      survival = requireFinite(survivalByPeriod[i], `survival in period ${period}`);
      if (survival < 0 || survival > 1) {
        throw new Error(`survival in period ${period} must be between 0 and 1 (got ${survival})`);
      }
    }
    // Built up by division each period rather than Math.pow so that n periods cost n divisions.
    discountFactor /= 1 + discountRate;
    total += revenue * survival * discountFactor;
  }
  // A rate just above −1 over many periods makes 1/(1+d)ᵗ overflow; say so rather than return ±Infinity.
  if (!Number.isFinite(total)) {
    throw new Error(`CLV is too large to represent with discount rate ${discountRate}`);
  }
  return total;
}
