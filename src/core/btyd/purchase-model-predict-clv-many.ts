// Predicted CLV for a customer table under whichever purchase model was fitted, with Gamma-Gamma spend.
import type { ClvOptions } from './check-clv-options';
import type { GammaGammaParams } from './gamma-gamma-params';
import { mbgNbdPredictClvMany } from './mbg-nbd-predict-clv-many';
import { paretoNbdPredictClvMany } from './pareto-nbd-predict-clv-many';
import { predictClvMany } from './predict-clv-many';
import type { ClvCustomerTable } from './predict-clv-many-with';
import type { PurchaseModel } from './purchase-model';

/**
 * predictClvMany, mbgNbdPredictClvMany or paretoNbdPredictClvMany, chosen by the model's kind.
 *
 * Throws RangeError as the chosen function does.
 */
export function purchaseModelPredictClvMany(
  model: PurchaseModel,
  gg: GammaGammaParams,
  data: ClvCustomerTable,
  options: ClvOptions,
): Float64Array {
  switch (model.kind) {
    case 'bgnbd':
      return predictClvMany(model.params, gg, data, options);
    case 'mbgnbd':
      return mbgNbdPredictClvMany(model.params, gg, data, options);
    case 'paretonbd':
      return paretoNbdPredictClvMany(model.params, gg, data, options);
  }
}
