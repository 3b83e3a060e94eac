// Fits BG/NBD (purchases) and Gamma-Gamma (spend) on the buyers' summaries, or says why they cannot be.
import type { BgNbdParams } from '../btyd/bg-nbd-params';
import type { CustomerSummary } from '../btyd/customer-summary';
import { fitBgNbd } from '../btyd/fit-bg-nbd';
import { fitGammaGamma } from '../btyd/fit-gamma-gamma';
import type { GammaGammaParams } from '../btyd/gamma-gamma-params';

/** The fitted models; a model that could not be fitted is null with the reason in its problem. */
export interface FittedModels {
  bg: BgNbdParams | null;
  /** Why `bg` is null ('' when fitted). */
  bgProblem: string;
  gg: GammaGammaParams | null;
  /** Why `gg` is null ('' when fitted). */
  ggProblem: string;
}

function fitPurchases(
  summaries: readonly CustomerSummary[],
  penalizer: number,
): Pick<FittedModels, 'bg' | 'bgProblem'> {
  if (!summaries.some((s) => s.frequency > 0))
    return { bg: null, bgProblem: 'needs customers with repeat orders to fit the model' };
  try {
    const bg = fitBgNbd(
      {
        frequency: summaries.map((s) => s.frequency),
        recency: summaries.map((s) => s.recency),
        T: summaries.map((s) => s.T),
      },
      { penalizer },
    );
    return { bg, bgProblem: '' };
  } catch (error) {
    return { bg: null, bgProblem: `model fit failed: ${(error as Error).message}` };
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
 * BG/NBD by maximum likelihood with L2 `penalizer` (dataMaturity: 0.01 for a young business) and
 * Gamma-Gamma on the repeat buyers' mean spend. Neither throws: a fit that fails, or that has no
 * repeat buying to learn from, gives its reason instead, which the cells it would fill then show.
 */
export function fitModels(summaries: readonly CustomerSummary[], penalizer: number): FittedModels {
  return { ...fitPurchases(summaries, penalizer), ...fitSpend(summaries) };
}
