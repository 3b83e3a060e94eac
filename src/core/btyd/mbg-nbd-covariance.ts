// Standard errors and covariance of an MBG/NBD fit (inverse observed information).
import { bgNbdFamilyCovariance, type PurchaseFitData } from './bg-nbd-family-covariance';
import { createMbgNbdObjective } from './mbg-nbd-objective';
import type { MbgNbdParams } from './mbg-nbd-params';
import type { ParameterCovarianceResult } from './parameter-covariance';

/**
 * The covariance of fitMbgNbd's r, α, a, b on `data`, computed as for BG/NBD
 * (bgNbdFamilyCovariance) on the MBG/NBD objective.
 *
 * Returns `{ kind: 'none', reason }` when the likelihood's Hessian is not positive definite.
 */
export function mbgNbdCovariance(
  data: PurchaseFitData,
  fit: MbgNbdParams,
  penalizer = 0,
): ParameterCovarianceResult {
  return bgNbdFamilyCovariance(createMbgNbdObjective, data, fit, penalizer);
}
