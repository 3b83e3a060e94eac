// Probability that a BG/NBD customer is still active at the end of their observation period.
import type { BgNbdParams } from './bg-nbd-params';
import { checkBgNbdParams } from './check-bg-nbd-params';
import { pAliveUnchecked } from './p-alive-unchecked';
import { validateBgNbdRow } from './validate-bg-nbd-row';

/**
 * P(alive | x, tx, T) = 1 / (1 + δ(x>0) · a / (b + x − 1) · ((α + T) / (α + tx))^(r + x))
 * (Fader, Hardie & Lee 2005, eq. 11; Hardie's note 021), which is 1 when x = 0: in the BG/NBD model
 * a customer can only drop out right after a repeat purchase. The power is formed as an exponent
 * with log1p((T − tx) / (α + tx)), so it neither overflows for x in the thousands nor loses the
 * small difference between T and tx; the result stays in [0, 1]. Constant time.
 *
 * Throws RangeError when a parameter is not a positive number or the row is invalid (the reason
 * from validateBgNbdRow).
 *
 * @example pAlive({ r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }, 0, 0, 38.86) // => 1
 */
export function pAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  checkBgNbdParams(params);
  const problem = validateBgNbdRow(x, tx, T);
  if (problem !== null) throw new RangeError(problem);
  return pAliveUnchecked(params, x, tx, T);
}
