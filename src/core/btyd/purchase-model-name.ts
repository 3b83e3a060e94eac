// The name of one of the three purchase models, as Settings and the formulas spell it.
import type { PurchaseModel } from './purchase-model';

/** 'bgnbd' (BG/NBD), 'mbgnbd' (MBG/NBD) or 'paretonbd' (Pareto/NBD): the kinds of PurchaseModel. */
export type PurchaseModelName = PurchaseModel['kind'];
