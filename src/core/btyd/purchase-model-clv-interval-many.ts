// A 90 % interval for each customer's predicted CLV from the uncertainty of the fitted parameters.
import type { ClvOptions } from './check-clv-options';
import { deltaMethodVariance } from './delta-method-variance';
import type { GammaGammaParams } from './gamma-gamma-params';
import type { ClvCustomerTable } from './predict-clv-many-with';
import type { PurchaseModel } from './purchase-model';
import { purchaseModelPredictClvMany } from './purchase-model-predict-clv-many';

/** Φ⁻¹(0.95): a two-sided 90 % normal interval spans ±1.645 standard deviations. */
const Z_90 = 1.6448536269514722;

/**
 * Relative step of the central differences in each purchase parameter. The CLV's series are
 * accurate to about 1e-12 of their value rather than to ε, so the step that balances truncation
 * (∝ step²) against rounding (∝ 1e-12 / step) is (1e-12)^(1/3) = 1e-4.
 */
const STEP = 1e-4;

/** The parameter names of each purchase model, in the order their covariance is given. */
const NAMES = {
  bgnbd: ['r', 'alpha', 'a', 'b'],
  mbgnbd: ['r', 'alpha', 'a', 'b'],
  paretonbd: ['r', 'alpha', 's', 'beta'],
} as const;

/** Each customer's CLV with the ends of its 90 % interval. */
export type ClvInterval = { clv: Float64Array; lower: Float64Array; upper: Float64Array };

/**
 * The CLV of purchaseModelPredictClvMany for each row with a 90 % interval by the delta method on
 * ln CLV: CLV = V(x, tx, T; purchase parameters) · E[M | x, m̄; p, q, γ], so
 *   Var ln CLV ≈ g_Vᵀ Σ_V g_V + g_Mᵀ Σ_M g_M,
 * with g the gradients of ln V and ln E[M] in the log-parameters and Σ the matching covariances
 * (Σᵢⱼ / θᵢθⱼ of the natural ones); the two blocks are independent because the two models are
 * fitted separately on separate likelihoods. The interval is CLV · exp(±1.645 √Var), which stays
 * positive and is wider above than below, as the spread of a product of positive estimates is.
 * g_V is taken by central differences (relative step 1e-4) of V once per distinct (x, tx, T);
 * g_M is exact: ∂ln E[M]/∂ln p = 1 − px/(px + q − 1), ∂/∂ln q = −q/(px + q − 1),
 * ∂/∂ln γ = γ/(γ + x m̄). A zero covariance gives an interval of width 0.
 *
 * `modelCovariance` is 4 × 4 in the order r, α, a, b (BG/NBD, MBG/NBD) or r, α, s, β (Pareto/NBD);
 * `ggCovariance` 3 × 3 in the order p, q, γ, both in natural units. Cost: 9 CLV evaluations over
 * the distinct (x, tx, T) rows, then O(1) per customer.
 *
 * Throws RangeError as purchaseModelPredictClvMany does, or for a covariance of the wrong size.
 */
export function purchaseModelClvIntervalMany(
  model: PurchaseModel,
  modelCovariance: readonly (readonly number[])[],
  gg: GammaGammaParams,
  ggCovariance: readonly (readonly number[])[],
  data: ClvCustomerTable,
  options: ClvOptions,
): ClvInterval {
  if (modelCovariance.length !== 4 || modelCovariance.some((row) => row.length !== 4))
    throw new RangeError('the purchase model covariance must be 4 × 4');
  if (ggCovariance.length !== 3 || ggCovariance.some((row) => row.length !== 3))
    throw new RangeError('the Gamma-Gamma covariance must be 3 × 3');
  const clv = purchaseModelPredictClvMany(model, gg, data, options);
  const { frequency, recency, T, monetary } = data;
  const n = clv.length;

  // Distinct (x, tx, T): V and its gradient depend on nothing else.
  const slotOf = new Map<string, number>();
  const slot = new Int32Array(n);
  const distinct = {
    frequency: [] as number[],
    recency: [] as number[],
    T: [] as number[],
    monetary: [] as number[],
  };
  for (let i = 0; i < n; i++) {
    const key = `${frequency[i]}|${recency[i]}|${T[i]}`;
    let found = slotOf.get(key);
    if (found === undefined) {
      found = distinct.frequency.length;
      slotOf.set(key, found);
      distinct.frequency.push(frequency[i]);
      distinct.recency.push(recency[i]);
      distinct.T.push(T[i]);
      // A monetary value of 1 scales V by a constant spend, which cancels in ln V's gradient.
      distinct.monetary.push(1);
    }
    slot[i] = found;
  }
  const names = NAMES[model.kind];
  const params = model.params as Record<string, number>;
  const base = purchaseModelPredictClvMany(model, gg, distinct, options);
  const gradients = Array.from({ length: base.length }, () => new Float64Array(4));
  names.forEach((name, j) => {
    const shifted = (factor: number) =>
      purchaseModelPredictClvMany(
        { kind: model.kind, params: { ...params, [name]: params[name] * factor } } as PurchaseModel,
        gg,
        distinct,
        options,
      );
    const up = shifted(Math.exp(STEP));
    const down = shifted(Math.exp(-STEP));
    for (let d = 0; d < base.length; d++)
      if (base[d] > 0 && up[d] > 0 && down[d] > 0) gradients[d][j] = Math.log(up[d] / down[d]) / (2 * STEP);
  });
  const estimates = names.map((name) => params[name]);
  const logModelCovariance = modelCovariance.map((row, i) =>
    row.map((value, j) => value / (estimates[i] * estimates[j])),
  );
  const purchaseVariance = gradients.map((gradient) => deltaMethodVariance(gradient, logModelCovariance));

  const { p, q, gamma } = gg;
  const ggEstimates = [p, q, gamma];
  const logGgCovariance = ggCovariance.map((row, i) =>
    row.map((value, j) => value / (ggEstimates[i] * ggEstimates[j])),
  );
  const spendGradient = new Float64Array(3);
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    const denominator = p * x + q - 1;
    spendGradient[0] = 1 - (p * x) / denominator;
    spendGradient[1] = -q / denominator;
    spendGradient[2] = gamma / (gamma + x * monetary[i]);
    const variance = purchaseVariance[slot[i]] + deltaMethodVariance(spendGradient, logGgCovariance);
    const spread = Z_90 * Math.sqrt(Math.max(0, variance));
    lower[i] = clv[i] * Math.exp(-spread);
    upper[i] = clv[i] * Math.exp(spread);
  }
  return { clv, lower, upper };
}
