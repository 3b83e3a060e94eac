// Log-likelihood of one customer's (frequency, recency, T) under the Pareto/NBD model.
import { logGamma } from './log-gamma';
import { paretoNbdLogA0 } from './pareto-nbd-log-a0';
import type { ParetoNbdParams } from './pareto-nbd-params';

/**
 * ln L(r, α, s, β | x, tx, T) (Fader & Hardie 2005, "A Note on Deriving the Pareto/NBD Model and
 * Related Expressions", eqs. 18–20):
 *
 *   L = Γ(r+x) α^r β^s / Γ(r) · [ (α+T)^−(r+x) (β+T)^−s + s/(r+s+x) · A₀ ],
 *   A₀ = F(tx) − F(T),  F(u) = ₂F₁(r+s+x, t′; r+s+x+1; |α−β| / (m+u)) / (m+u)^(r+s+x),
 *
 * with m = max(α, β) and t′ = r + x when α < β, else s + 1 (ln A₀ from paretoNbdLogA0, which keeps
 * everything in logs); the bracket is formed by log-sum-exp.
 * Constant time apart from the series (a few dozen terms for typical data).
 *
 * Throws RangeError when a parameter is not positive (through logGamma).
 *
 * @example paretoNbdLogLikelihood({ r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }, 0, 0, 38.86) // => -0.52105
 */
export function paretoNbdLogLikelihood(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = params;
  const head = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
  const alive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const logA0 = paretoNbdLogA0(params, x, tx, T);
  if (logA0 === Number.NEGATIVE_INFINITY) return head + alive;
  const died = Math.log(s / (r + s + x)) + logA0;
  return head + Math.max(alive, died) + Math.log1p(Math.exp(-Math.abs(alive - died)));
}
