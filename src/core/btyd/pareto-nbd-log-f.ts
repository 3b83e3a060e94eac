// ln F(u), the term of the Pareto/NBD likelihood's A₀ taken at one time u (tx or T).
import { hyp2f1 } from './hyp2f1';
import type { ParetoNbdParams } from './pareto-nbd-params';

/**
 * ln F(u) with F(u) = ₂F₁(r+s+x, t′; r+s+x+1; |α−β|/(m+u)) / (m+u)^(r+s+x), m = max(α, β),
 * t′ = r + x when α < β, else s + 1 (Fader & Hardie 2005, "A Note on Deriving the Pareto/NBD Model
 * and Related Expressions", eqs. 19–20), so that A₀ = F(tx) − F(T). The ₂F₁ is taken through
 * Euler's transformation as (1−z)^(1−t′) ₂F₁(1, r+s+x+1−t′; r+s+x+1; z), whose value lies between
 * 1 and 1/(1−z): its logarithm is safe and nothing overflows for large x. It depends on the
 * customer only through x and u, so a fit evaluates it once per distinct (x, tx) and (x, T).
 * Callers have checked the parameters and that x ≥ 0, u ≥ 0.
 */
export function paretoNbdLogF(params: ParetoNbdParams, x: number, u: number): number {
  const { r, alpha, s, beta } = params;
  const m = Math.max(alpha, beta);
  const shape = alpha < beta ? r + x : s + 1;
  const total = r + s + x;
  const z = Math.abs(alpha - beta) / (m + u);
  const logSeries = Math.log(hyp2f1(1, total + 1 - shape, total + 1, z));
  return (1 - shape) * Math.log1p(-z) + logSeries - total * Math.log(m + u);
}
