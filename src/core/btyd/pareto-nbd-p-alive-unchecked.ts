// Pareto/NBD P(alive) for parameters and rows already known to be valid, for loops over many customers.
import { paretoNbdLogA0 } from './pareto-nbd-log-a0';
import type { ParetoNbdParams } from './pareto-nbd-params';

/**
 * paretoNbdPAlive without checking the parameters or the row: the caller has checked them once for
 * a whole batch. 1 when tx = T. Constant time apart from the series of ln A₀.
 */
export function paretoNbdPAliveUnchecked(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = params;
  const logA0 = paretoNbdLogA0(params, x, tx, T);
  if (logA0 === Number.NEGATIVE_INFINITY) return 1;
  const logOdds = Math.log(s / (r + s + x)) + (r + x) * Math.log(alpha + T) + s * Math.log(beta + T) + logA0;
  return 1 / (1 + Math.exp(logOdds));
}
