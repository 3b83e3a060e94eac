// Scores each buyer with the fitted models: P(alive), expected orders in 90 days and 12-month CLV.

import type { BgNbdParams } from '../btyd/bg-nbd-params';
import { conditionalExpectedPurchasesMany } from '../btyd/conditional-expected-purchases-many';
import type { CustomerSummary } from '../btyd/customer-summary';
import { daysPerUnit } from '../btyd/days-per-unit';
import { conditionalExpectedPurchases } from '../btyd/expected-purchases';
import type { GammaGammaParams } from '../btyd/gamma-gamma-params';
import { pAlive } from '../btyd/p-alive';
import { pAliveMany } from '../btyd/p-alive-many';
import { predictClv } from '../btyd/predict-clv';
import { predictClvMany } from '../btyd/predict-clv-many';
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

/** Every buyer at once: the batch forms share the hypergeometric series between customers with the same (x, T). */
function scoreAll(
  bg: BgNbdParams,
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
  const alive = pAliveMany(bg, data);
  const expected = conditionalExpectedPurchasesMany(bg, horizonIn(settings), data);
  const clv = gg ? predictClvMany(bg, gg, data, clvOptions(settings)) : null;
  const scores = new Map<string, CustomerScore>();
  summaries.forEach((s, i) => {
    scores.set(s.customerId, { alive: alive[i], expected: expected[i], clv: clv ? clv[i] : Number.NaN });
  });
  return { scores, problems: new Map() };
}

/** Buyer by buyer, so a customer the model cannot score gets the reason and the others their scores. */
function scoreEach(
  bg: BgNbdParams,
  gg: GammaGammaParams | null,
  summaries: readonly CustomerSummary[],
  settings: ScoreOptions,
): CustomerScores {
  const result: CustomerScores = { scores: new Map(), problems: new Map() };
  for (const s of summaries) {
    try {
      const alive = pAlive(bg, s.frequency, s.recency, s.T);
      const expected = conditionalExpectedPurchases(bg, horizonIn(settings), s.frequency, s.recency, s.T);
      const clv = gg
        ? predictClv(bg, gg, s.frequency, s.recency, s.T, s.monetaryValue, clvOptions(settings))
        : Number.NaN;
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
 * and time unit from Settings) of every summarised buyer. Nothing is scored when BG/NBD is not
 * fitted. Scores all buyers in one batch and, when some row cannot be scored, again one by one.
 */
export function scoreCustomers(
  models: FittedModels,
  summaries: readonly CustomerSummary[],
  settings: ScoreOptions,
): CustomerScores {
  const { bg, gg } = models;
  if (!bg) return { scores: new Map(), problems: new Map() };
  try {
    return scoreAll(bg, gg, summaries, settings);
  } catch {
    return scoreEach(bg, gg, summaries, settings);
  }
}
