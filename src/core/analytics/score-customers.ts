// Scores each buyer with the fitted models: P(alive), expected orders in 90 days and 12-month CLV.

import type { CustomerSummary } from '../btyd/customer-summary';
import { daysPerUnit } from '../btyd/days-per-unit';
import type { GammaGammaParams } from '../btyd/gamma-gamma-params';
import type { PurchaseModel } from '../btyd/purchase-model';
import { purchaseModelExpectedPurchasesByHorizon } from '../btyd/purchase-model-expected-purchases-by-horizon';
import { purchaseModelPAlive } from '../btyd/purchase-model-p-alive';
import { purchaseModelPAliveMany } from '../btyd/purchase-model-p-alive-many';
import { purchaseModelPredictClvMany } from '../btyd/purchase-model-predict-clv-many';
import type { Settings } from '../model/settings';
import type { FittedModels } from './fit-models';

/** The horizon of "Expected orders 90d", in days. */
const HORIZON_DAYS = 90;

/** One buyer's model scores; `clv` is NaN when the spend model is not fitted. */
export interface CustomerScore {
  alive: number;
  expected: number;
  clv: number;
}

/** Scores by Customer ID, and the reason for each customer the fitted model cannot score. */
export interface CustomerScores {
  scores: Map<string, CustomerScore>;
  problems: Map<string, string>;
}

type ScoreOptions = Pick<Settings, 'discountRate' | 'analyticsUnit'>;

function clvOptions(settings: ScoreOptions) {
  return { months: 12, monthlyDiscount: settings.discountRate, unit: settings.analyticsUnit };
}

function horizonIn(settings: ScoreOptions): number {
  return HORIZON_DAYS / daysPerUnit(settings.analyticsUnit);
}

/** Every buyer at once: the batch forms share the work between customers with the same (x, T). */
function scoreAll(
  model: PurchaseModel,
  gg: GammaGammaParams | null,
  summaries: readonly CustomerSummary[],
  settings: ScoreOptions,
): CustomerScores {
  const data = {
    frequency: summaries.map((s) => s.frequency),
    recency: summaries.map((s) => s.recency),
    T: summaries.map((s) => s.T),
    monetary: summaries.map((s) => s.monetaryValue),
  };
  const alive = purchaseModelPAliveMany(model, data);
  const expected = purchaseModelExpectedPurchasesByHorizon(model, {
    ...data,
    horizon: new Float64Array(summaries.length).fill(horizonIn(settings)),
  });
  const clv = gg ? purchaseModelPredictClvMany(model, gg, data, clvOptions(settings)) : null;
  const scores = new Map<string, CustomerScore>();
  summaries.forEach((s, i) => {
    scores.set(s.customerId, { alive: alive[i], expected: expected[i], clv: clv ? clv[i] : Number.NaN });
  });
  return { scores, problems: new Map() };
}

/** Buyer by buyer, so a customer the model cannot score gets the reason and the others their scores. */
function scoreEach(
  model: PurchaseModel,
  gg: GammaGammaParams | null,
  summaries: readonly CustomerSummary[],
  settings: ScoreOptions,
): CustomerScores {
  const result: CustomerScores = { scores: new Map(), problems: new Map() };
  for (const s of summaries) {
    try {
      const row = { frequency: [s.frequency], recency: [s.recency], T: [s.T], monetary: [s.monetaryValue] };
      const alive = purchaseModelPAlive(model, s.frequency, s.recency, s.T);
      const [expected] = purchaseModelExpectedPurchasesByHorizon(model, {
        ...row,
        horizon: [horizonIn(settings)],
      });
      const clv = gg ? purchaseModelPredictClvMany(model, gg, row, clvOptions(settings))[0] : Number.NaN;
      result.scores.set(s.customerId, { alive, expected, clv });
    } catch (error) {
      result.problems.set(
        s.customerId,
        `the fitted model cannot score this customer (${(error as Error).message})`,
      );
    }
  }
  return result;
}

/**
 * P(alive), expected orders in the next 90 days and predicted CLV over 12 months (monthly discount
 * and time unit from Settings) of every summarised buyer, under the fitted purchase model (BG/NBD,
 * MBG/NBD or Pareto/NBD) with Gamma-Gamma spend. Nothing is scored when no purchase model is
 * fitted. Scores all buyers in one batch and, when some row cannot be scored, again one by one.
 */
export function scoreCustomers(
  models: FittedModels,
  summaries: readonly CustomerSummary[],
  settings: ScoreOptions,
): CustomerScores {
  const { purchase, gg } = models;
  if (!purchase) return { scores: new Map(), problems: new Map() };
  try {
    return scoreAll(purchase, gg, summaries, settings);
  } catch {
    return scoreEach(purchase, gg, summaries, settings);
  }
}
