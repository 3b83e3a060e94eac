// Predicted CLV for a customer table under any purchase model, given that model's two parts.
import { checkBgNbdRows } from './check-bg-nbd-rows';
import { type ClvOptions, checkClvOptions } from './check-clv-options';
import { conditionalExpectedSpend } from './conditional-expected-spend';
import { discountedMonthlyIncrements } from './discounted-monthly-increments';
import type { GammaGammaParams } from './gamma-gamma-params';
import { perFrequencyAndAge } from './per-frequency-and-age';

/** The customer table CLV is predicted for: one value per customer in each column. */
export interface ClvCustomerTable {
  frequency: ArrayLike<number>;
  recency: ArrayLike<number>;
  T: ArrayLike<number>;
  monetary: ArrayLike<number>;
}

/** The two parts of a purchase model that CLV needs, for parameters already checked. */
export type ClvModelParts = {
  /** Expected purchases in the next t time units of a customer known to be active. */
  ifAlive: (t: number, x: number, T: number) => number;
  /** The probability that the customer is active at T. */
  pAlive: (x: number, tx: number, T: number) => number;
};

/**
 * For each row, E[M | x, m̄] · P(alive) · Σᵢ (E(i·L) − E((i−1)·L)) / (1 + d)ⁱ with E the model's
 * expectation for an active customer: lifetimes' `customer_lifetime_value`, which is the same sum
 * over the conditional expectation, since P(alive) is a constant factor of it in BG/NBD, MBG/NBD
 * and Pareto/NBD alike. The discounted sum depends only on (x, T) and is computed once per distinct
 * pair (perFrequencyAndAge). O(n) plus months × distinct pairs evaluations.
 *
 * Throws RangeError for invalid options, columns of different lengths, the first invalid row, or
 * the first row whose expected spend is infinite or whose monetary value is negative ("row 3: …").
 */
export function predictClvManyWith(
  model: ClvModelParts,
  gg: GammaGammaParams,
  data: ClvCustomerTable,
  options: ClvOptions,
): Float64Array {
  const { months, monthlyDiscount, monthLength } = checkClvOptions(options);
  const { frequency, recency, T, monetary } = data;
  checkBgNbdRows(frequency, recency, T);
  if (monetary.length !== frequency.length) {
    throw new RangeError(
      `monetary must have one value per customer (${monetary.length}, ${frequency.length})`,
    );
  }
  const out = perFrequencyAndAge(frequency, T, (x, age) =>
    discountedMonthlyIncrements((t) => model.ifAlive(t, x, age), months, monthlyDiscount, monthLength),
  );
  for (let i = 0; i < out.length; i++) {
    let spend: number;
    try {
      spend = conditionalExpectedSpend(gg, frequency[i], monetary[i]);
    } catch (error) {
      throw new RangeError(`row ${i + 1}: ${(error as Error).message}`);
    }
    out[i] *= spend * model.pAlive(frequency[i], recency[i], T[i]);
  }
  return out;
}
