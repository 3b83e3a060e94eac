// Log-likelihood of one customer's (frequency, recency, T) under the BG/NBD model.
import type { BgNbdParams } from './bg-nbd-params';
import { logBeta } from './log-beta';
import { logGamma } from './log-gamma';

/**
 * ln L(r, α, a, b | x, tx, T) (Fader, Hardie & Lee 2005, eq. 6; Hardie's note 004):
 *
 *   ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *   + ln[ (α+T)^−(r+x) + δ(x>0) · a/(b+x−1) · (α+tx)^−(r+x) ],
 *
 * the last term by log-sum-exp so that it neither overflows nor underflows for large x or T. Times
 * are in the unit α is in. Constant time. The fit uses an aggregated version of the same formula
 * (createBgNbdObjective); this one is the reference for a single customer.
 *
 * Throws RangeError when a parameter is not positive (through logGamma/logBeta).
 *
 * @example bgNbdLogLikelihood({ r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }, 0, 0, 38.86) // => -0.55382 (r ln(α / (α + T)))
 */
export function bgNbdLogLikelihood(params: BgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  const A = r + x;
  const head = logGamma(A) - logGamma(r) + r * Math.log(alpha) + logBeta(a, b + x) - logBeta(a, b);
  const stay = -A * Math.log(alpha + T);
  if (x <= 0) return head + stay;
  const drop = Math.log(a / (b + x - 1)) - A * Math.log(alpha + tx);
  const high = Math.max(stay, drop);
  const low = Math.min(stay, drop);
  return head + high + Math.log1p(Math.exp(low - high));
}
