// Churn probability of one customer under a fitted logistic regression.

import { requireFinite } from '../metrics/require-finite';

/**
 * P(churn) = 1 / (1 + e^−(β₀ + Σ βⱼ·xⱼ)), computed without overflow for any linear predictor.
 * Only the original-scale coefficients are needed, so a model read back from a sheet (its
 * coefficient row) works as well as one just fitted. Runs in O(p).
 *
 * @param model a fitted model, or anything with `coefficients` = [intercept, β₁, …, βₚ]
 * @param row the customer's p features, in the order the model was fitted with
 * @throws {Error} when the model has no coefficients or a non-finite one, the row has a
 *   different number of features, or a feature is not a finite number.
 * @example
 * predictChurnProbability({ coefficients: [-4.0777, 1.5046] }, [2]); // => 0.2557…
 */
export function predictChurnProbability(
  model: { readonly coefficients: readonly number[] },
  row: readonly number[],
): number {
  const coefficients = model.coefficients;
  if (coefficients.length < 2) {
    throw new Error('the model needs an intercept and at least one coefficient');
  }
  if (row.length !== coefficients.length - 1) {
    throw new Error(`the model has ${coefficients.length - 1} features but the row has ${row.length}`);
  }
  let eta = requireFinite(coefficients[0], 'model intercept');
  for (let j = 0; j < row.length; j++) {
    eta +=
      requireFinite(coefficients[j + 1], `model coefficient ${j + 1}`) *
      requireFinite(row[j], `feature ${j + 1}`);
  }
  if (Number.isNaN(eta)) {
    // Only possible as +∞ + −∞ from finite inputs that overflow in opposite directions.
    throw new Error('the features are too large for the model: the linear predictor overflows');
  }
  if (eta >= 0) return 1 / (1 + Math.exp(-eta));
  const e = Math.exp(eta);
  return e / (1 + e);
}
