// P(alive) for every row of a customer table.
import type { BgNbdParams } from './bg-nbd-params';
import { checkBgNbdParams } from './check-bg-nbd-params';
import { checkBgNbdRows } from './check-bg-nbd-rows';
import { pAliveUnchecked } from './p-alive-unchecked';

/**
 * pAlive for each row, in a new array. O(n), one exp and one log1p per row.
 *
 * Throws RangeError for invalid parameters, columns of different lengths or the first invalid row.
 */
export function pAliveMany(
  params: BgNbdParams,
  data: { frequency: ArrayLike<number>; recency: ArrayLike<number>; T: ArrayLike<number> },
): Float64Array {
  checkBgNbdParams(params);
  const { frequency, recency, T } = data;
  checkBgNbdRows(frequency, recency, T);
  const out = new Float64Array(frequency.length);
  for (let i = 0; i < out.length; i++) out[i] = pAliveUnchecked(params, frequency[i], recency[i], T[i]);
  return out;
}
