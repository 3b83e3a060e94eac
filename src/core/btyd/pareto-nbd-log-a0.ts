// ln A₀ of the Pareto/NBD likelihood: the part for customers who dropped out between tx and T.
import { paretoNbdLogF } from './pareto-nbd-log-f';
import type { ParetoNbdParams } from './pareto-nbd-params';

/**
 * ln A₀ (Fader & Hardie 2005, "A Note on Deriving the Pareto/NBD Model and Related Expressions",
 * eqs. 19–20): A₀ = F(tx) − F(T) with ln F from paretoNbdLogF, the difference formed as
 * F(tx) · (1 − e^(ln F(T) − ln F(tx))). −Infinity when tx = T (A₀ = 0).
 * Callers have checked the parameters and the row.
 */
export function paretoNbdLogA0(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const early = paretoNbdLogF(params, x, tx);
  const late = paretoNbdLogF(params, x, T);
  if (!(early > late)) return Number.NEGATIVE_INFINITY;
  return early + Math.log(-Math.expm1(late - early));
}
