// P(alive) of one customer under whichever purchase model was fitted.
import { mbgNbdPAlive } from './mbg-nbd-p-alive';
import { pAlive } from './p-alive';
import { paretoNbdPAlive } from './pareto-nbd-p-alive';
import type { PurchaseModel } from './purchase-model';

/**
 * pAlive, mbgNbdPAlive or paretoNbdPAlive, chosen by the model's kind. Constant time (a series for
 * Pareto/NBD).
 *
 * Throws RangeError for invalid parameters or an invalid row, as the chosen function does.
 *
 * @example purchaseModelPAlive({ kind: 'mbgnbd', params: { r: 1, alpha: 1, a: 1, b: 1 } }, 0, 0, 1) // => 0.3333
 */
export function purchaseModelPAlive(model: PurchaseModel, x: number, tx: number, T: number): number {
  switch (model.kind) {
    case 'bgnbd':
      return pAlive(model.params, x, tx, T);
    case 'mbgnbd':
      return mbgNbdPAlive(model.params, x, tx, T);
    case 'paretonbd':
      return paretoNbdPAlive(model.params, x, tx, T);
  }
}
