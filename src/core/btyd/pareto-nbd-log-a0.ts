// ln A₀ of the Pareto/NBD likelihood: the part for customers who dropped out between tx and T.
import { hyp2f1 } from './hyp2f1';
import type { ParetoNbdParams } from './pareto-nbd-params';

/**
 * ln A₀ (Fader & Hardie 2005, "A Note on Deriving the Pareto/NBD Model and Related Expressions",
 * eqs. 19–20): A₀ = F(tx) − F(T) with F(u) = ₂F₁(r+s+x, t′; r+s+x+1; |α−β|/(m+u)) / (m+u)^(r+s+x),
 * m = max(α, β), t′ = r + x when α < β, else s + 1. Each ₂F₁ is taken through Euler's
 * transformation as (1−z)^(1−t′) ₂F₁(1, r+s+x+1−t′; r+s+x+1; z), whose value lies between 1 and
 * 1/(1−z): its logarithm is safe (the value is positive) and nothing overflows for large x. The
 * difference is formed as F(tx) · (1 − e^(ln F(T) − ln F(tx))). −Infinity when tx = T (A₀ = 0).
 * Callers have checked the parameters and the row.
 */
export function paretoNbdLogA0(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = params;
  const m = Math.max(alpha, beta);
  const d = Math.abs(alpha - beta);
  const shape = alpha < beta ? r + x : s + 1;
  const total = r + s + x;
  const logF = (u: number): number => {
    const z = d / (m + u);
    const logSeries = Math.log(hyp2f1(1, total + 1 - shape, total + 1, z));
    return (1 - shape) * Math.log1p(-z) + logSeries - total * Math.log(m + u);
  };
  const early = logF(tx);
  const late = logF(T);
  if (!(early > late)) return Number.NEGATIVE_INFINITY;
  return early + Math.log(-Math.expm1(late - early));
}
