// Unconditional expected repeat purchases of a new customer, under whichever purchase model was fitted.
import { expectedPurchasesInPeriod } from './expected-purchases-in-period';
import { mbgNbdExpectedPurchasesInPeriod } from './mbg-nbd-expected-purchases-in-period';
import { paretoNbdExpectedPurchasesInPeriod } from './pareto-nbd-expected-purchases-in-period';
import type { PurchaseModel } from './purchase-model';

/**
 * E[X(t)], the expected repeat purchases in the first t time units after a customer's first
 * purchase (FHL 2005 eq. 9; Batislam et al. 2007 eq. 5; Schmittlein et al. 1987), in the unit the
 * model was fitted in. Throws RangeError for invalid parameters or a negative or infinite t.
 *
 * @example purchaseModelExpectedPurchasesInPeriod({ kind: 'bgnbd', params: { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 } }, 78) // => 1.8580
 */
export function purchaseModelExpectedPurchasesInPeriod(model: PurchaseModel, t: number): number {
  switch (model.kind) {
    case 'bgnbd':
      return expectedPurchasesInPeriod(model.params, t);
    case 'mbgnbd':
      return mbgNbdExpectedPurchasesInPeriod(model.params, t);
    case 'paretonbd':
      return paretoNbdExpectedPurchasesInPeriod(model.params, t);
  }
}
