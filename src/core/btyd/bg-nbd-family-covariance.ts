// Standard errors of a BG/NBD or MBG/NBD fit from the curvature of the objective it minimised.
import type { BgNbdObjective } from './bg-nbd-objective';
import type { BgNbdParams } from './bg-nbd-params';
import { aggregateBgNbdPatterns, type BgNbdPatterns } from './bg-nbd-patterns';
import { covarianceFromLogHessian } from './covariance-from-log-hessian';
import { hessianFromGradient } from './hessian-from-gradient';
import type { ParameterCovarianceResult } from './parameter-covariance';

/** The customer table a purchase model was fitted on. */
export type PurchaseFitData = {
  frequency: ArrayLike<number>;
  recency: ArrayLike<number>;
  T: ArrayLike<number>;
};

/**
 * The covariance of r, α, a, b at `params` (the fit's result on `data` with `penalizer`): the
 * objective is rebuilt exactly as fitBgNbd / fitMbgNbd build it (times divided by the largest T,
 * log-parameters), its Hessian taken by central differences of its analytic gradient
 * (hessianFromGradient), multiplied by the number of customers (the objective is a mean) and
 * mapped back to natural parameters (covarianceFromLogHessian). Dividing times by max T shifts
 * ln α by a constant, so the log-space Hessian is the same in the data's units. With penalizer 0
 * this is the inverse observed information; with a penalty it is that of the penalised objective,
 * which is the one the estimates maximise. 8 gradient evaluations over the distinct patterns.
 *
 * Returns `{ kind: 'none', reason }` when the Hessian is not positive definite.
 */
export function bgNbdFamilyCovariance(
  createObjective: (patterns: BgNbdPatterns, penalizer: number) => BgNbdObjective,
  data: PurchaseFitData,
  params: BgNbdParams,
  penalizer = 0,
): ParameterCovarianceResult {
  const { frequency, recency, T } = data;
  let maxAge = 0;
  for (let i = 0; i < T.length; i++) if (T[i] > maxAge) maxAge = T[i];
  const scale = 1 / maxAge;
  const patterns = aggregateBgNbdPatterns(frequency, recency, T);
  for (let i = 0; i < patterns.recencyValues.length; i++) patterns.recencyValues[i] *= scale;
  for (let i = 0; i < patterns.ageValues.length; i++) patterns.ageValues[i] *= scale;
  const objective = createObjective(patterns, penalizer);
  const { r, alpha, a, b } = params;
  const theta = [Math.log(r), Math.log(alpha * scale), Math.log(a), Math.log(b)];
  const hessian = hessianFromGradient(objective.evaluate, theta).map((row) =>
    row.map((value) => value * patterns.customers),
  );
  return covarianceFromLogHessian(hessian, [r, alpha, a, b], ['r', 'alpha', 'a', 'b']);
}
