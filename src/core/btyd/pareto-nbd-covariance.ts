// Standard errors and covariance of a Pareto/NBD fit (inverse observed information).
import type { PurchaseFitData } from './bg-nbd-family-covariance';
import { aggregateBgNbdPatterns } from './bg-nbd-patterns';
import { covarianceFromLogHessian } from './covariance-from-log-hessian';
import { hessianFromValues } from './hessian-from-values';
import type { ParameterCovarianceResult } from './parameter-covariance';
import type { ParetoNbdParams } from './pareto-nbd-params';
import { createParetoNbdLogLikelihood } from './pareto-nbd-total-log-likelihood';

/**
 * The covariance of fitParetoNbd's r, α, s, β on `data` with `penalizer`. The Pareto/NBD
 * likelihood has no analytic gradient here (the fit differentiates it numerically), so its
 * Hessian in log-parameters is taken from values by second differences (hessianFromValues) of the
 * function the fit minimised: the total negative log-likelihood plus
 * penalizer · (r² + (α/max T)² + s² + (β/max T)²), times divided by the largest T. That scaling
 * shifts ln α and ln β by constants, so the log-space Hessian holds in the data's units; it is
 * mapped back to natural parameters by covarianceFromLogHessian. 33 likelihood evaluations.
 *
 * Returns `{ kind: 'none', reason }` when the Hessian is not positive definite.
 */
export function paretoNbdCovariance(
  data: PurchaseFitData,
  fit: ParetoNbdParams,
  penalizer = 0,
): ParameterCovarianceResult {
  const { frequency, recency, T } = data;
  let maxAge = 0;
  for (let i = 0; i < T.length; i++) if (T[i] > maxAge) maxAge = T[i];
  const scale = 1 / maxAge;
  const logLikelihood = createParetoNbdLogLikelihood(aggregateBgNbdPatterns(frequency, recency, T), scale);
  const objective = (theta: ArrayLike<number>): number => {
    let penalty = 0;
    for (let i = 0; i < 4; i++) penalty += Math.exp(2 * theta[i]);
    return -logLikelihood(theta) + penalizer * penalty;
  };
  const { r, alpha, s, beta } = fit;
  const theta = [Math.log(r), Math.log(alpha * scale), Math.log(s), Math.log(beta * scale)];
  return covarianceFromLogHessian(
    hessianFromValues(objective, theta),
    [r, alpha, s, beta],
    ['r', 'alpha', 's', 'beta'],
  );
}
