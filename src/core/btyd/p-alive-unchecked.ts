// P(alive) for parameters already known to be valid, for loops over many customers.
import type { BgNbdParams } from './bg-nbd-params';

/**
 * pAlive (Fader, Hardie & Lee 2005, eq. 11) without checking the parameters: the caller has
 * checked them once for a whole batch. 1 when x = 0. Constant time.
 */
export function pAliveUnchecked(params: BgNbdParams, x: number, tx: number, T: number): number {
  if (x <= 0) return 1;
  const { r, alpha, a, b } = params;
  // ln of a / (b + x − 1) · ((α + T) / (α + tx))^(r + x), formed so that it cannot overflow.
  const logOdds = Math.log(a / (b + x - 1)) + (r + x) * Math.log1p((T - tx) / (alpha + tx));
  return 1 / (1 + Math.exp(logOdds));
}
