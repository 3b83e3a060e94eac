// Standard errors and covariance of a BG/NBD fit (inverse observed information).

import { bgNbdFamilyCovariance, type PurchaseFitData } from './bg-nbd-family-covariance';
import { createBgNbdObjective } from './bg-nbd-objective';
import type { BgNbdParams } from './bg-nbd-params';
import type { ParameterCovarianceResult } from './parameter-covariance';

/**
 * The covariance of fitBgNbd's r, α, a, b on `data` (see bgNbdFamilyCovariance for how). On the
 * CDNOW sample the standard errors are r 0.0126, α 0.378, a 0.186, b 0.705, as lifetimes prints.
 *
 * Returns `{ kind: 'none', reason }` when the likelihood's Hessian is not positive definite.
 */
export function bgNbdCovariance(
  data: PurchaseFitData,
  fit: BgNbdParams,
  penalizer = 0,
): ParameterCovarianceResult {
  return bgNbdFamilyCovariance(createBgNbdObjective, data, fit, penalizer);
}
