// Fits the chosen purchase model and Gamma-Gamma (spend) on the buyers' summaries, or says why they cannot be.
import type { CustomerSummary } from '../btyd/customer-summary';
import { fitGammaGamma } from '../btyd/fit-gamma-gamma';
import { fitPurchaseModel, type PurchaseModelFit } from '../btyd/fit-purchase-model';
import type { GammaGammaParams } from '../btyd/gamma-gamma-params';
import type { PurchaseModel } from '../btyd/purchase-model';
import type { PurchaseModelName } from '../btyd/purchase-model-name';
import { penaltiesFor } from './penalties-for';

/** The fitted models; a model that could not be fitted is null with the reason in its problem. */
export interface FittedModels {
  /** BG/NBD, MBG/NBD or Pareto/NBD, whichever was chosen. */
  purchase: PurchaseModel | null;
  /** Why `purchase` is null ('' when fitted). */
  purchaseProblem: string;
  gg: GammaGammaParams | null;
  /** Why `gg` is null ('' when fitted). */
  ggProblem: string;
}

/** Which purchase model to fit and how. */
export interface PurchaseFitOptions {
  /** Default BG/NBD. */
  model?: PurchaseModelName;
  /** The tiny-data penalty on the log-parameters (tinyData); default 0. */
  logPenalizer?: number;
  /** The model already fitted on these summaries with these penalties, used as it is. */
  fitted?: PurchaseModelFit | null;
}

function fitPurchases(
  summaries: readonly CustomerSummary[],
  penalizer: number,
  options: PurchaseFitOptions,
): Pick<FittedModels, 'purchase' | 'purchaseProblem'> {
  if (!summaries.some((s) => s.frequency > 0))
    return { purchase: null, purchaseProblem: 'needs customers with repeat orders to fit the model' };
  if (options.fitted) {
    const { kind, params } = options.fitted;
    return { purchase: { kind, params } as PurchaseModel, purchaseProblem: '' };
  }
  try {
    const model = options.model ?? 'bgnbd';
    const fit = fitPurchaseModel(
      model,
      {
        frequency: summaries.map((s) => s.frequency),
        recency: summaries.map((s) => s.recency),
        T: summaries.map((s) => s.T),
      },
      penaltiesFor(model, { penalizer, logPenalizer: options.logPenalizer ?? 0 }),
    );
    const { kind, params } = fit;
    return { purchase: { kind, params } as PurchaseModel, purchaseProblem: '' };
  } catch (error) {
    return { purchase: null, purchaseProblem: `model fit failed: ${(error as Error).message}` };
  }
}

function fitSpend(summaries: readonly CustomerSummary[]): Pick<FittedModels, 'gg' | 'ggProblem'> {
  if (!summaries.some((s) => s.frequency > 0 && s.monetaryValue > 0))
    return { gg: null, ggProblem: 'needs repeat orders with a positive amount to fit the spend model' };
  try {
    const gg = fitGammaGamma(
      summaries.map((s) => s.frequency),
      summaries.map((s) => s.monetaryValue),
    );
    return { gg, ggProblem: '' };
  } catch (error) {
    return { gg: null, ggProblem: `spend model fit failed: ${(error as Error).message}` };
  }
}

/**
 * The purchase model named in `options` (BG/NBD by default) by maximum likelihood with L2
 * `penalizer` (dataMaturity: 0.01 for a young business) and the tiny-data log penalty, and
 * Gamma-Gamma on the repeat buyers' mean spend. Neither throws: a fit that fails, or that has no
 * repeat buying to learn from, gives its reason instead, which the cells it would fill then show.
 */
export function fitModels(
  summaries: readonly CustomerSummary[],
  penalizer: number,
  options: PurchaseFitOptions = {},
): FittedModels {
  return { ...fitPurchases(summaries, penalizer, options), ...fitSpend(summaries) };
}
