// Turns the curvature of a fit's objective in log-parameters into the covariance of the parameters.
import { choleskyInverse } from '../models/cholesky-inverse';
import type { ParameterCovarianceResult } from './parameter-covariance';

/**
 * The fits optimise over θ = ln(parameter). With H the Hessian of the total negative
 * log-likelihood (plus any penalty) in θ at the optimum, the covariance of θ is H⁻¹ and that of
 * the parameters Σ = D H⁻¹ D with D = diag(estimates): the delta method, and also exactly the
 * inverse of the Hessian in natural parameters, since at a stationary point the chain rule's
 * gradient term vanishes (∂²f/∂pᵢ∂pⱼ = Hᵢⱼ / pᵢpⱼ). Standard errors are √Σᵢᵢ.
 *
 * A Hessian that is not finite or not positive definite (the likelihood is flat, or not at a
 * maximum, along some direction) gives `{ kind: 'none', reason }` naming the first parameter
 * that fails, never NaN. O(p³).
 *
 * @example covarianceFromLogHessian([[4]], [2], ['r']) // => { kind: 'covariance', names: ['r'], estimates: [2], covariance: [[1]], standardErrors: [1] }
 */
export function covarianceFromLogHessian(
  hessian: readonly (readonly number[])[],
  estimates: readonly number[],
  names: readonly string[],
): ParameterCovarianceResult {
  const p = names.length;
  for (let i = 0; i < p; i++)
    for (let j = 0; j < p; j++)
      if (!Number.isFinite(hessian[i][j]))
        return {
          kind: 'none',
          names: [...names],
          reason: `the likelihood's curvature in ${names[Math.max(i, j)]} could not be computed near the optimum`,
        };
  const inverted = choleskyInverse(hessian);
  if (!('inverse' in inverted))
    return {
      kind: 'none',
      names: [...names],
      reason:
        `the likelihood is flat or not at a maximum along ${names[inverted.failedColumn]} ` +
        '(its Hessian is not positive definite), so the estimate is not determined by the data; ' +
        'a small penalizer such as 0.001 may help',
    };
  // Computed once per pair and mirrored, so the matrix is exactly symmetric.
  const covariance = inverted.inverse.map((row) => [...row]);
  for (let i = 0; i < p; i++)
    for (let j = 0; j <= i; j++) {
      const value = inverted.inverse[i][j] * (estimates[i] * estimates[j]);
      covariance[i][j] = value;
      covariance[j][i] = value;
    }
  return {
    kind: 'covariance',
    names: [...names],
    estimates: [...estimates],
    covariance,
    standardErrors: covariance.map((row, i) => Math.sqrt(row[i])),
  };
}
