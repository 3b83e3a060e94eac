// Predicted CLV for a customer table from an MBG/NBD and a Gamma-Gamma fit.
import type { ClvOptions } from './check-clv-options';
import { checkMbgNbdParams } from './check-mbg-nbd-params';
import type { GammaGammaParams } from './gamma-gamma-params';
import { mbgNbdExpectedPurchasesIfAlive } from './mbg-nbd-expected-purchases-if-alive';
import { mbgNbdPAliveUnchecked } from './mbg-nbd-p-alive-unchecked';
import type { MbgNbdParams } from './mbg-nbd-params';
import { type ClvCustomerTable, predictClvManyWith } from './predict-clv-many-with';

/**
 * CLV over the next `months` months for each row, as predictClvMany computes it for BG/NBD but with
 * the MBG/NBD expectation (mbgNbdExpectedPurchasesIfAlive) and P(alive) (mbgNbdPAlive): the
 * Gamma-Gamma expected spend times the discounted monthly increments of the conditional expected
 * purchases (months default 12, monthly discount 0.01, a month 30 days or 4.345 weeks).
 *
 * Throws RangeError for invalid parameters or options, columns of different lengths, the first
 * invalid row, or a row whose expected spend is infinite or monetary value negative.
 */
export function mbgNbdPredictClvMany(
  mbg: MbgNbdParams,
  gg: GammaGammaParams,
  data: ClvCustomerTable,
  options: ClvOptions,
): Float64Array {
  checkMbgNbdParams(mbg);
  return predictClvManyWith(
    {
      ifAlive: (t, x, T) => mbgNbdExpectedPurchasesIfAlive(mbg, t, x, T),
      pAlive: (x, tx, T) => mbgNbdPAliveUnchecked(mbg, x, tx, T),
    },
    gg,
    data,
    options,
  );
}
