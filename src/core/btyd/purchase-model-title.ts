// How the Dashboard and the Log name each purchase model.
import type { PurchaseModelName } from './purchase-model-name';

/** A founder-readable name of each model. */
export const PURCHASE_MODEL_TITLES: Readonly<Record<PurchaseModelName, string>> = {
  bgnbd: 'BG/NBD',
  mbgnbd: 'modified BG/NBD',
  paretonbd: 'Pareto/NBD',
};
