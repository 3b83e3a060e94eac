// Conditional expected purchases under whichever purchase model was fitted, each row with its own horizon.
import { conditionalExpectedPurchasesMany } from './conditional-expected-purchases-many';
import { mbgNbdConditionalExpectedPurchasesMany } from './mbg-nbd-conditional-expected-purchases-many';
import { paretoNbdConditionalExpectedPurchasesMany } from './pareto-nbd-conditional-expected-purchases-many';
import type { PurchaseModel } from './purchase-model';

type Columns = { frequency: ArrayLike<number>; recency: ArrayLike<number>; T: ArrayLike<number> };

/**
 * The conditional expected purchases of row i in its horizon[i], under the model's kind. The rows
 * are grouped by horizon and each group runs through that model's batch function once, so shared
 * work (the BG/NBD and MBG/NBD series per distinct (x, T)) is done once per group.
 *
 * Throws RangeError for invalid parameters, a horizon that is negative or not finite, or the first
 * invalid row of a group.
 */
export function purchaseModelExpectedPurchasesByHorizon(
  model: PurchaseModel,
  data: Columns & { horizon: ArrayLike<number> },
): Float64Array {
  const rowsOf = new Map<number, number[]>();
  for (let i = 0; i < data.horizon.length; i++) {
    const rows = rowsOf.get(data.horizon[i]);
    if (rows) rows.push(i);
    else rowsOf.set(data.horizon[i], [i]);
  }
  const out = new Float64Array(data.horizon.length);
  for (const [t, rows] of rowsOf) {
    const group: Columns = {
      frequency: rows.map((i) => data.frequency[i]),
      recency: rows.map((i) => data.recency[i]),
      T: rows.map((i) => data.T[i]),
    };
    const values = many(model, t, group);
    rows.forEach((i, k) => {
      out[i] = values[k];
    });
  }
  return out;
}

function many(model: PurchaseModel, t: number, group: Columns): Float64Array {
  switch (model.kind) {
    case 'bgnbd':
      return conditionalExpectedPurchasesMany(model.params, t, group);
    case 'mbgnbd':
      return mbgNbdConditionalExpectedPurchasesMany(model.params, t, group);
    case 'paretonbd':
      return paretoNbdConditionalExpectedPurchasesMany(model.params, t, group);
  }
}
