// MBG/NBD P(alive) for parameters already known to be valid, for loops over many customers.
import type { MbgNbdParams } from './mbg-nbd-params';

/**
 * mbgNbdPAlive without checking the parameters or the row: the caller has checked them once for a
 * whole batch. Constant time.
 */
export function mbgNbdPAliveUnchecked(params: MbgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  // ln of a / (b + x) · ((α + T) / (α + tx))^(r + x), formed so that it cannot overflow.
  const logOdds = Math.log(a / (b + x)) + (r + x) * Math.log1p((T - tx) / (alpha + tx));
  return 1 / (1 + Math.exp(logOdds));
}
