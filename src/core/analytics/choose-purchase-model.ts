// Decides which purchase model refresh scores with: the Settings choice, or the one that best predicted the recent weeks.

import { cohortHoldout } from '../btyd/cohort-holdout';
import type { CustomerSummary } from '../btyd/customer-summary';
import { fitPurchaseModel, type PurchaseModelFit } from '../btyd/fit-purchase-model';
import { checkModelOnCohort, type ModelCheck } from '../btyd/model-check';
import type { PurchaseModelName } from '../btyd/purchase-model-name';
import { PURCHASE_MODEL_TITLES } from '../btyd/purchase-model-title';
import type { Transaction } from '../btyd/summarize-transactions';
import { tinyData } from '../btyd/tiny-data';
import type { PurchaseModelChoice } from '../model/choices';
import { holdoutSplit } from './holdout-split';
import { penaltiesFor } from './penalties-for';

/** The models auto compares, in the order a tie is settled (the simpler, better-known one first). */
const MODELS: readonly PurchaseModelName[] = ['bgnbd', 'mbgnbd', 'paretonbd'];
/**
 * Errors within this share of the lowest count as a tie, which the simpler model wins: a difference
 * of a tenth of a percent is noise, and the sentence could not tell the numbers apart.
 */
const TIE = 1e-3;

/** The model chosen and why, with the holdout check behind it when there was one. */
export interface ModelChoice {
  model: PurchaseModelName;
  /**
   * setting: Settings names it; holdout: best on the recent weeks; likelihood: best fit on all
   * orders; none: no customer has a repeat order yet, so nothing is fitted.
   */
  basis: 'setting' | 'holdout' | 'likelihood' | 'none';
  /** One sentence for the Dashboard and the Log. */
  sentence: string;
  /** The chosen model's check on the recent weeks (null when there was none). */
  check: ModelCheck | null;
  /** Each checked model's mean absolute error per customer in the holdout. */
  maes: Partial<Record<PurchaseModelName, number>>;
  /** The chosen model already fitted on all orders (the likelihood comparison fits them all). */
  fit: PurchaseModelFit | null;
}

/** What the choice is made from. */
export interface ModelChoiceInput {
  setting: PurchaseModelChoice;
  /** Orders with their day numbers, none after asOfDay. */
  transactions: readonly Transaction[];
  asOfDay: number;
  /** Every buyer's summary as of asOfDay, in the analytics unit: what the likelihood compares on. */
  summaries: readonly CustomerSummary[];
  /** The fit options of the final fit (the young business's and tiny data's penalties). */
  penalties: { penalizer: number; logPenalizer: number };
}

/**
 * The fewest decimals (2 to 4) at which the chosen error reads differently from every other, so the
 * sentence never says "0.50, against 0.50".
 */
function decimalsFor(best: number, rest: readonly number[]): number {
  for (let d = 2; d < 4; d++) if (rest.every((v) => v.toFixed(d) !== best.toFixed(d))) return d;
  return 4;
}
const title = (model: PurchaseModelName) => PURCHASE_MODEL_TITLES[model];

/** Each model's holdout check on an untiny calibration period; the models whose fit failed are left out. */
function holdoutChecks(
  input: ModelChoiceInput,
  models: readonly PurchaseModelName[],
): { checks: ModelCheck[]; weeks: number } | { reason: string } {
  let firstDay = Number.POSITIVE_INFINITY;
  for (const t of input.transactions) if (t.day < firstDay) firstDay = t.day;
  const split = holdoutSplit(firstDay, input.asOfDay);
  if (!split.ok) return { reason: split.reason };
  // One cohort for the three checks: the transactions are summarised once, not once per model.
  const cohort = cohortHoldout(input.transactions, split.calibrationDay, split.holdoutDay);
  const small = tinyData(Array.from(cohort.frequency));
  if (small.tiny)
    return { reason: `the older orders are too few to test on (${small.note.replace(/^penalised: /, '')})` };
  const checks: ModelCheck[] = [];
  for (const model of models) {
    try {
      checks.push(
        checkModelOnCohort(cohort, model, {
          penalizer: penaltiesFor(model, { penalizer: 0, logPenalizer: 0 }).penalizer,
        }),
      );
    } catch {
      // A model whose calibration fit fails is not a candidate; the others still compete.
    }
  }
  if (checks.length === 0) return { reason: 'no model could be fitted on the older orders' };
  return { checks, weeks: split.weeks };
}

/** The three models fitted on all orders, the highest log-likelihood first (all have 4 parameters, so BIC agrees). */
function byLikelihood(input: ModelChoiceInput): PurchaseModelFit[] {
  const columns = {
    frequency: input.summaries.map((s) => s.frequency),
    recency: input.summaries.map((s) => s.recency),
    T: input.summaries.map((s) => s.T),
  };
  const fits: PurchaseModelFit[] = [];
  for (const model of MODELS) {
    try {
      const fit = fitPurchaseModel(model, columns, penaltiesFor(model, input.penalties));
      if (fit.converged && Number.isFinite(fit.logLikelihood)) fits.push(fit);
    } catch {
      // As in holdoutChecks: a model that cannot be fitted is not a candidate.
    }
  }
  return fits.sort((x, y) => y.logLikelihood - x.logLikelihood);
}

function others(chosen: ModelCheck, checks: readonly ModelCheck[], decimals: number): string {
  const rest = checks.filter((c) => c !== chosen);
  if (rest.length === 0) return '';
  const each = rest.map((c) => `${c.mae.toFixed(decimals)} for ${title(c.model)}`);
  return `, against ${each.length === 2 ? `${each[0]} and ${each[1]}` : each[0]}`;
}

/** The models whose fit on the older orders failed, said after the errors of the others. */
function unfitted(checks: readonly ModelCheck[]): string {
  const missing = MODELS.filter((m) => !checks.some((c) => c.model === m)).map(title);
  if (missing.length === 0) return '';
  return `; ${missing.join(' and ')} could not be fitted on the older orders`;
}

/**
 * The purchase model refresh fits on all orders and scores with.
 *
 * - Settings "Model" bgnbd, mbgnbd or paretonbd: that model (and its holdout check when there is
 *   one, for the Dashboard's charts).
 * - auto: the holdout is the last third of the history (holdoutSplit: at least 8 whole weeks);
 *   each model is fitted on the calibration period and predicts each customer's repeat orders in
 *   the holdout (checkModel); the lowest mean absolute error per customer wins, a tie (within
 *   0.1 %) going to the simpler model (BG/NBD, then MBG/NBD, then Pareto/NBD).
 * - auto with too short a history, or a calibration period that is tiny data (tinyData), or no
 *   model that fits there: the three are fitted on all orders and the highest log-likelihood wins
 *   (the same number of parameters, so the same as the lowest BIC), and the sentence says why.
 *
 * Pareto/NBD is fitted with at least PARETO_NBD_MIN_PENALIZER (penaltiesFor).
 *
 * With no repeat order in the data nothing is chosen (basis none). Returns BG/NBD with a sentence
 * saying so when no model can be fitted at all (the fit that follows
 * then gives the reason). Never throws for data it is given.
 */
export function choosePurchaseModel(input: ModelChoiceInput): ModelChoice {
  if (!input.summaries.some((s) => s.frequency > 0))
    return {
      model: input.setting === 'auto' ? 'bgnbd' : input.setting,
      basis: 'none',
      sentence: 'No purchase model is fitted yet: it needs customers with a repeat order.',
      check: null,
      maes: {},
      fit: null,
    };
  if (input.setting !== 'auto') {
    const model = input.setting;
    const checked = holdoutChecks(input, [model]);
    return {
      model,
      basis: 'setting',
      sentence: `Purchases are predicted with the ${title(model)} model, as Settings asks (Model: ${model}).`,
      check: 'checks' in checked ? checked.checks[0] : null,
      maes: 'checks' in checked ? { [model]: checked.checks[0].mae } : {},
      fit: null,
    };
  }
  const checked = holdoutChecks(input, MODELS);
  if ('checks' in checked) {
    const lowest = Math.min(...checked.checks.map((c) => c.mae));
    // The checks are in MODELS order, so the first within the tie is the simplest.
    const best = checked.checks.find((c) => c.mae <= lowest * (1 + TIE)) ?? checked.checks[0];
    const tied = checked.checks.filter((c) => c !== best && c.mae <= lowest * (1 + TIE));
    const rest = checked.checks.filter((c) => c !== best && !tied.includes(c));
    const decimals = decimalsFor(
      best.mae,
      rest.map((c) => c.mae),
    );
    const alsoTied = tied.length
      ? `, as ${tied.length === 1 ? 'was' : 'were'} the ${tied.map((c) => title(c.model)).join(' and the ')} (the simpler model is kept)`
      : '';
    return {
      model: best.model,
      basis: 'holdout',
      sentence:
        `Purchases are predicted with the ${title(best.model)} model: on the last ${checked.weeks} weeks ` +
        `it was off by ${best.mae.toFixed(decimals)} orders per customer${alsoTied}${others(best, rest, decimals)}` +
        `${unfitted(checked.checks)}.`,
      check: best,
      maes: Object.fromEntries(checked.checks.map((c) => [c.model, c.mae])),
      fit: null,
    };
  }
  const fits = byLikelihood(input);
  if (fits.length === 0)
    return {
      model: 'bgnbd',
      basis: 'likelihood',
      sentence: `Purchases are predicted with the BG/NBD model; none could be compared: ${checked.reason}.`,
      check: null,
      maes: {},
      fit: null,
    };
  const [best, ...rest] = fits;
  const against = rest.length
    ? ` (log-likelihood ${best.logLikelihood.toFixed(1)}, against ${rest.map((f) => `${f.logLikelihood.toFixed(1)} for ${title(f.kind)}`).join(' and ')})`
    : '';
  return {
    model: best.kind,
    basis: 'likelihood',
    sentence:
      `Purchases are predicted with the ${title(best.kind)} model, the one that fits all your orders best${against}; ` +
      `it was not tested on recent weeks because ${checked.reason}.`,
    check: null,
    maes: {},
    fit: best,
  };
}
