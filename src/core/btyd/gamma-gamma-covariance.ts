// Standard errors and covariance of a Gamma-Gamma fit (inverse observed information).
import { covarianceFromLogHessian } from './covariance-from-log-hessian';
import { createGammaGammaObjective } from './gamma-gamma-objective';
import type { GammaGammaParams } from './gamma-gamma-params';
import { hessianFromGradient } from './hessian-from-gradient';
import type { ParameterCovarianceResult } from './parameter-covariance';

/**
 * The covariance of fitGammaGamma's p, q, γ on the same columns and penalizer: the objective is
 * rebuilt on the customers the fit used (x > 0 and m > 0), its Hessian in log-parameters taken by
 * central differences of its analytic gradient (hessianFromGradient), multiplied by the number of
 * customers used (the objective is a mean) and mapped back to natural parameters
 * (covarianceFromLogHessian). 6 gradient evaluations.
 *
 * Returns `{ kind: 'none', reason }` when the Hessian is not positive definite.
 */
export function gammaGammaCovariance(
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>,
  fit: GammaGammaParams,
  penalizer = 0,
): ParameterCovarianceResult {
  const xs: number[] = [];
  const ms: number[] = [];
  for (let i = 0; i < frequency.length; i++)
    if (frequency[i] > 0 && monetary[i] > 0) {
      xs.push(frequency[i]);
      ms.push(monetary[i]);
    }
  const objective = createGammaGammaObjective(Float64Array.from(xs), Float64Array.from(ms), penalizer);
  const { p, q, gamma } = fit;
  const hessian = hessianFromGradient(objective.evaluate, [Math.log(p), Math.log(q), Math.log(gamma)]).map(
    (row) => row.map((value) => value * xs.length),
  );
  return covarianceFromLogHessian(hessian, [p, q, gamma], ['p', 'q', 'gamma']);
}
