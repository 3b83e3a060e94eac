// Fits whichever of the three purchase models is named to customer summaries.
import { fitBgNbd } from './fit-bg-nbd';
import { fitMbgNbd } from './fit-mbg-nbd';
import { fitParetoNbd } from './fit-pareto-nbd';
import type { PurchaseModel } from './purchase-model';
import type { PurchaseModelName } from './purchase-model-name';

type Columns = { frequency: ArrayLike<number>; recency: ArrayLike<number>; T: ArrayLike<number> };

/** The fitted model with the fit's unpenalised log-likelihood and whether the optimiser converged. */
export type PurchaseModelFit = PurchaseModel & { logLikelihood: number; converged: boolean };

/**
 * fitBgNbd, fitMbgNbd or fitParetoNbd on `data`, with the same penalties (default 0), the
 * parameters returned without the optimiser's bookkeeping. Throws what the chosen fit throws
 * (no repeat purchase, no rows, an invalid row).
 */
export function fitPurchaseModel(
  name: PurchaseModelName,
  data: Columns,
  options: { penalizer?: number; logPenalizer?: number } = {},
): PurchaseModelFit {
  switch (name) {
    case 'bgnbd': {
      const { r, alpha, a, b, logLikelihood, converged } = fitBgNbd(data, options);
      return { kind: name, params: { r, alpha, a, b }, logLikelihood, converged };
    }
    case 'mbgnbd': {
      const { r, alpha, a, b, logLikelihood, converged } = fitMbgNbd(data, options);
      return { kind: name, params: { r, alpha, a, b }, logLikelihood, converged };
    }
    case 'paretonbd': {
      const { r, alpha, s, beta, logLikelihood, converged } = fitParetoNbd(data, options);
      return { kind: name, params: { r, alpha, s, beta }, logLikelihood, converged };
    }
  }
}
