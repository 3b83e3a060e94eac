// Pareto/NBD expected repeat purchases in the next t time units for a customer known to be active.
import type { ParetoNbdParams } from './pareto-nbd-params';

/**
 * E[purchases in (T, T + t] | active at T, x purchases in (0, T]] =
 * (r+x)(β+T) / ((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)] (Fader & Hardie 2005, "A Note on Deriving
 * the Pareto/NBD Model and Related Expressions", eq. 41 without its P(alive) factor): an active
 * customer's λ is Gamma(r+x, α+T) and μ Gamma(s, β+T), independent, and E[λ/μ (1 − e^(−μt))] is
 * the product of the two means. The factor [1 − (…)^(s−1)]/(s−1) is formed as −expm1((s−1)·L)/(s−1)
 * with L = −ln(1 + t/(β+T)), exact for short horizons and equal to −L at s = 1, where the printed
 * formula is 0/0. Constant time. Callers have checked the parameters and that t ≥ 0, x ≥ 0, T ≥ 0.
 */
export function paretoNbdExpectedPurchasesIfAlive(
  params: ParetoNbdParams,
  t: number,
  x: number,
  T: number,
): number {
  if (t === 0) return 0;
  const { r, alpha, s, beta } = params;
  const L = -Math.log1p(t / (beta + T));
  const sMinusOne = s - 1;
  const activeTime = sMinusOne === 0 ? -L : -Math.expm1(sMinusOne * L) / sMinusOne;
  return ((r + x) * (beta + T) * activeTime) / (alpha + T);
}
