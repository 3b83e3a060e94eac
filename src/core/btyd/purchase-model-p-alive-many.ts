// P(alive) for every row of a customer table under whichever purchase model was fitted.
import { checkBgNbdRows } from './check-bg-nbd-rows';
import { pAliveMany } from './p-alive-many';
import type { PurchaseModel } from './purchase-model';
import { purchaseModelPAlive } from './purchase-model-p-alive';

/**
 * P(alive) of each row, in a new array. BG/NBD goes through pAliveMany; MBG/NBD and Pareto/NBD
 * (whose P(alive) sums a series for Pareto/NBD) are computed once per distinct (x, tx, T) and
 * copied to the rows that share it, which is most of them in a real customer table.
 *
 * Throws RangeError for invalid parameters, columns of different lengths or the first invalid row.
 */
export function purchaseModelPAliveMany(
  model: PurchaseModel,
  data: { frequency: ArrayLike<number>; recency: ArrayLike<number>; T: ArrayLike<number> },
): Float64Array {
  if (model.kind === 'bgnbd') return pAliveMany(model.params, data);
  const { frequency, recency, T } = data;
  checkBgNbdRows(frequency, recency, T);
  const out = new Float64Array(frequency.length);
  const seen = new Map<string, number>();
  for (let i = 0; i < out.length; i++) {
    const key = `${frequency[i]} ${recency[i]} ${T[i]}`;
    let value = seen.get(key);
    if (value === undefined) {
      value = purchaseModelPAlive(model, frequency[i], recency[i], T[i]);
      seen.set(key, value);
    }
    out[i] = value;
  }
  return out;
}
