// Fits a purchase model on a calibration period and compares its predictions with the holdout that follows.
import { dayNumber } from '../clean/day-number';
import { type CohortHoldout, cohortHoldout } from './cohort-holdout';
import { fitPurchaseModel } from './fit-purchase-model';
import { isoDay } from './iso-day';
import type { PurchaseModel } from './purchase-model';
import { purchaseModelExpectedPurchasesByHorizon } from './purchase-model-expected-purchases-by-horizon';
import type { PurchaseModelName } from './purchase-model-name';
import type { Transaction } from './summarize-transactions';
import { trackingCurve, type WeeklyCheck } from './tracking-curve';

export type { PurchaseModelName } from './purchase-model-name';
export type { WeeklyCheck } from './tracking-curve';

/** Customers grouped by their calibration frequency, the last group open-ended (FHL 2005 Fig. 4). */
export const FREQUENCY_GROUPS = ['0', '1', '2', '3', '4', '5', '6', '7+'] as const;

/** One calibration-frequency group: its customers and their holdout repeat purchases, summed. */
export interface FrequencyCheck {
  frequency: string;
  customers: number;
  /** Sum over the group of the conditional expected purchases in the holdout. */
  predicted: number;
  /** Sum over the group of the repeat-purchase days in the holdout. */
  actual: number;
}

/** How well a purchase model fitted on the calibration period predicts the holdout. */
export interface ModelCheck {
  model: PurchaseModelName;
  /** The parameters fitted on the calibration period, in weeks. */
  params: PurchaseModel['params'];
  byFrequency: FrequencyCheck[];
  weekly: WeeklyCheck[];
  /** Mean over the cohort of |predicted − actual| holdout repeat purchases of each customer. */
  mae: number;
  /** (total predicted − total actual) / total actual holdout repeat purchases; NaN when actual is 0. */
  bias: number;
  calibrationCustomers: number;
  holdoutWeeks: number;
}

export interface ModelCheckOptions {
  /** The zone the transactions' day numbers are in, used to date the two ends; default 'UTC'. */
  timeZone?: string;
  /** The L2 penalty of the fit (fitBgNbd, fitMbgNbd, fitParetoNbd); default 0. */
  penalizer?: number;
}

/**
 * The model check of Fader, Hardie & Lee (2005, "Counting your customers the easy way", §5) on any
 * transaction log. The cohort is the customers whose first purchase is on or before calibrationEnd;
 * their calibration summary (summarizeTransactions in weeks, same-day purchases merged) is fitted
 * with `model`. For the holdout (the days after calibrationEnd up to holdoutEnd, t weeks):
 * - byFrequency: per calibration frequency 0…6 and 7+, the sum of the conditional expected
 *   purchases in t (E[Y(t) | x, tx, T]) against the repeat-purchase days actually seen;
 * - weekly: at the end of each week from the cohort's first purchase to holdoutEnd, the sum over
 *   the customers acquired by then of E[X(age in weeks)] against the repeat-purchase days counted so
 *   far, calibration included (FHL's tracking plot);
 * - mae and bias of the per-customer holdout predictions.
 * Customers whose first purchase is in the holdout and transactions after holdoutEnd are ignored.
 * Time O(n log n) plus one E[X] per distinct customer age in days.
 *
 * Throws RangeError for an invalid date or a holdoutEnd not after calibrationEnd, Error when no
 * customer bought by calibrationEnd or the fit fails (no repeat purchase in the calibration period)
 * or does not converge, and what summarizeTransactions throws for a bad transaction.
 */
export function checkModel(
  transactions: readonly Transaction[],
  calibrationEnd: Date,
  holdoutEnd: Date,
  model: PurchaseModelName,
  options: ModelCheckOptions = {},
): ModelCheck {
  const timeZone = options.timeZone ?? 'UTC';
  if (Number.isNaN(calibrationEnd.getTime())) throw new RangeError('calibrationEnd is not a valid date');
  if (Number.isNaN(holdoutEnd.getTime())) throw new RangeError('holdoutEnd is not a valid date');
  const calibrationDay = dayNumber(calibrationEnd, timeZone);
  const holdoutDay = dayNumber(holdoutEnd, timeZone);
  if (holdoutDay <= calibrationDay) {
    throw new RangeError(
      `holdoutEnd (${isoDay(holdoutDay)}) must be after calibrationEnd (${isoDay(calibrationDay)})`,
    );
  }
  return checkModelOnCohort(cohortHoldout(transactions, calibrationDay, holdoutDay), model, options);
}

/**
 * checkModel on a cohort already summarised (cohortHoldout), so that several models can be checked on one
 * cohort without summarising the transactions again. Throws Error when the cohort is empty or the
 * fit fails or does not converge.
 */
export function checkModelOnCohort(
  cohort: CohortHoldout,
  model: PurchaseModelName,
  options: { penalizer?: number } = {},
): ModelCheck {
  const { frequency, recency, T, holdout, calibrationDay, holdoutDay } = cohort;
  const n = frequency.length;
  if (n === 0) throw new Error(`no customer made a first purchase by ${isoDay(calibrationDay)}`);
  const holdoutWeeks = (holdoutDay - calibrationDay) / 7;
  const fit = fitPurchaseModel(model, { frequency, recency, T }, { penalizer: options.penalizer });
  if (!fit.converged) throw new Error(`the ${model} fit on the calibration period did not converge`);
  const fitted: PurchaseModel = fit;
  const predicted = purchaseModelExpectedPurchasesByHorizon(fitted, {
    frequency,
    recency,
    T,
    horizon: new Float64Array(n).fill(holdoutWeeks),
  });

  const byFrequency: FrequencyCheck[] = FREQUENCY_GROUPS.map((group) => ({
    frequency: group,
    customers: 0,
    predicted: 0,
    actual: 0,
  }));
  let totalPredicted = 0;
  let totalActual = 0;
  let absoluteError = 0;
  for (let i = 0; i < n; i++) {
    const group = byFrequency[Math.min(frequency[i], FREQUENCY_GROUPS.length - 1)];
    group.customers++;
    group.predicted += predicted[i];
    group.actual += holdout[i];
    totalPredicted += predicted[i];
    totalActual += holdout[i];
    absoluteError += Math.abs(predicted[i] - holdout[i]);
  }

  return {
    model,
    params: fit.params,
    byFrequency,
    weekly: trackingCurve(fitted, cohort),
    mae: absoluteError / n,
    bias: totalActual > 0 ? (totalPredicted - totalActual) / totalActual : Number.NaN,
    calibrationCustomers: n,
    holdoutWeeks,
  };
}
