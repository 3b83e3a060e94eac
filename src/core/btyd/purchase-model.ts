// A fitted purchase model of any of the three kinds the scores accept: BG/NBD, MBG/NBD or Pareto/NBD.
import type { BgNbdParams } from './bg-nbd-params';
import type { MbgNbdParams } from './mbg-nbd-params';
import type { ParetoNbdParams } from './pareto-nbd-params';

/** Which model the parameters belong to, with the parameters themselves. */
export type PurchaseModel =
  | { kind: 'bgnbd'; params: BgNbdParams }
  | { kind: 'mbgnbd'; params: MbgNbdParams }
  | { kind: 'paretonbd'; params: ParetoNbdParams };
