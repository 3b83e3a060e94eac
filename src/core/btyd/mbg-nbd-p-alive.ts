// Probability that an MBG/NBD customer is still active at the end of their observation period.
import { checkMbgNbdParams } from './check-mbg-nbd-params';
import { mbgNbdPAliveUnchecked } from './mbg-nbd-p-alive-unchecked';
import type { MbgNbdParams } from './mbg-nbd-params';
import { validateBgNbdRow } from './validate-bg-nbd-row';

/**
 * P(alive | x, tx, T) = 1 / (1 + a/(b+x) · ((α+T)/(α+tx))^(r+x)) (Batislam, Denizel & Filiztekin
 * 2007, eq. 6): the share of the likelihood (mbgNbdLogLikelihood) that belongs to still being
 * active. Unlike BG/NBD it is below 1 for a customer with no repeat purchase (x = 0, tx = 0): at
 * the first purchase they may already have left, and the longer T without a purchase the likelier
 * that is. The power is taken as an exponent with log1p, so it cannot overflow. Constant time.
 *
 * Throws RangeError when a parameter is not a positive number or the row is invalid (the reason
 * from validateBgNbdRow).
 *
 * @example mbgNbdPAlive({ r: 1, alpha: 1, a: 1, b: 1 }, 0, 0, 1) // => 0.3333 (1 / (1 + 1 · 2))
 */
export function mbgNbdPAlive(params: MbgNbdParams, x: number, tx: number, T: number): number {
  checkMbgNbdParams(params);
  const problem = validateBgNbdRow(x, tx, T);
  if (problem !== null) throw new RangeError(problem);
  return mbgNbdPAliveUnchecked(params, x, tx, T);
}
