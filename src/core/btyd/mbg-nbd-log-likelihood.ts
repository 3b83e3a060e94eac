// Log-likelihood of one customer's (frequency, recency, T) under the MBG/NBD model.
import { logBeta } from './log-beta';
import { logGamma } from './log-gamma';
import type { MbgNbdParams } from './mbg-nbd-params';

/**
 * ln L(r, α, a, b | x, tx, T) (Batislam, Denizel & Filiztekin 2007, eq. 4):
 *
 *   ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x+1) − ln B(a, b)
 *   + ln[ (α+T)^−(r+x) + a/(b+x) · (α+tx)^−(r+x) ].
 *
 * Derivation: given λ and p, a customer still active at T has survived x + 1 coin tosses (at the
 * first purchase and after each repeat one), (1−p)^(x+1) λ^x e^(−λT); one who left at the x-th
 * repeat purchase (at the first purchase when x = 0, with tx = 0) has (1−p)^x p λ^x e^(−λ tx).
 * Over λ ~ Gamma(r, α), E[λ^x e^(−λu)] = Γ(r+x)/Γ(r) · α^r (α+u)^−(r+x); over p ~ Beta(a, b),
 * E[(1−p)^(x+1)] = B(a, b+x+1)/B(a, b) and E[p (1−p)^x] = a/(b+x) of that. Unlike BG/NBD the
 * second term is present for x = 0. The bracket is formed by log-sum-exp. Times are in α's unit.
 * Constant time.
 *
 * Throws RangeError when a parameter is not positive (through logGamma/logBeta).
 *
 * @example mbgNbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, 0, 0, 1) // => -0.28768 (ln(½ · ½ + ½))
 */
export function mbgNbdLogLikelihood(params: MbgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  const A = r + x;
  const head = logGamma(A) - logGamma(r) + r * Math.log(alpha) + logBeta(a, b + x + 1) - logBeta(a, b);
  const stay = -A * Math.log(alpha + T);
  const drop = Math.log(a / (b + x)) - A * Math.log(alpha + tx);
  const high = Math.max(stay, drop);
  const low = Math.min(stay, drop);
  return head + high + Math.log1p(Math.exp(low - high));
}
