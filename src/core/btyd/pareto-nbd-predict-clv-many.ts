// Predicted CLV for a customer table from a Pareto/NBD and a Gamma-Gamma fit.
import type { ClvOptions } from './check-clv-options';
import { checkParetoNbdParams } from './check-pareto-nbd-params';
import type { GammaGammaParams } from './gamma-gamma-params';
import { paretoNbdExpectedPurchasesIfAlive } from './pareto-nbd-expected-purchases-if-alive';
import { paretoNbdPAliveUnchecked } from './pareto-nbd-p-alive-unchecked';
import type { ParetoNbdParams } from './pareto-nbd-params';
import { type ClvCustomerTable, predictClvManyWith } from './predict-clv-many-with';

/**
 * CLV over the next `months` months for each row, as predictClvMany computes it for BG/NBD but with
 * the Pareto/NBD expectation (paretoNbdExpectedPurchasesIfAlive) and P(alive) (paretoNbdPAlive):
 * the Gamma-Gamma expected spend times the discounted monthly increments of the conditional
 * expected purchases (months default 12, monthly discount 0.01, a month 30 days or 4.345 weeks).
 *
 * Throws RangeError for invalid parameters or options, columns of different lengths, the first
 * invalid row, or a row whose expected spend is infinite or monetary value negative.
 */
export function paretoNbdPredictClvMany(
  pareto: ParetoNbdParams,
  gg: GammaGammaParams,
  data: ClvCustomerTable,
  options: ClvOptions,
): Float64Array {
  checkParetoNbdParams(pareto);
  return predictClvManyWith(
    {
      ifAlive: (t, x, T) => paretoNbdExpectedPurchasesIfAlive(pareto, t, x, T),
      pAlive: (x, tx, T) => paretoNbdPAliveUnchecked(pareto, x, tx, T),
    },
    gg,
    data,
    options,
  );
}
