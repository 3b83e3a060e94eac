// The BTYD formulas: the transaction summary, the BG/NBD, MBG/NBD, Pareto/NBD and Gamma-Gamma fits and the scores built on them.
import { bgNbdCovariance } from '../../core/btyd/bg-nbd-covariance';
import type { CustomerSummary } from '../../core/btyd/customer-summary';
import { deltaMethodVariance } from '../../core/btyd/delta-method-variance';
import { fitBgNbd } from '../../core/btyd/fit-bg-nbd';
import { fitMbgNbd } from '../../core/btyd/fit-mbg-nbd';
import { fitParetoNbd } from '../../core/btyd/fit-pareto-nbd';
import { conditionalExpectedSpend, fitGammaGamma } from '../../core/btyd/gamma-gamma';
import { gammaGammaCovariance } from '../../core/btyd/gamma-gamma-covariance';
import { inFirstAppearanceOrder } from '../../core/btyd/in-first-appearance-order';
import { instantRecencyProblem } from '../../core/btyd/instant-recency-problem';
import { mbgNbdCovariance } from '../../core/btyd/mbg-nbd-covariance';
import type { ParameterCovarianceResult } from '../../core/btyd/parameter-covariance';
import { paretoNbdCovariance } from '../../core/btyd/pareto-nbd-covariance';
import type { PurchaseModel } from '../../core/btyd/purchase-model';
import { purchaseModelClvIntervalMany } from '../../core/btyd/purchase-model-clv-interval-many';
import { purchaseModelExpectedPurchasesByHorizon } from '../../core/btyd/purchase-model-expected-purchases-by-horizon';
import { purchaseModelPAlive } from '../../core/btyd/purchase-model-p-alive';
import { purchaseModelPredictClvMany } from '../../core/btyd/purchase-model-predict-clv-many';
import { summarizeTransactions } from '../../core/btyd/summarize-transactions';
import { type TinyData, tinyData } from '../../core/btyd/tiny-data';
import { type BgNbdRowDocs, bgNbdRowParams } from '../../core/formula/bg-nbd-row-params';
import { fitTable } from '../../core/formula/fit-table';
import { fitTableWithUncertainty } from '../../core/formula/fit-table-with-uncertainty';
import { FormulaError } from '../../core/formula/formula-error';
import { callParam, rowParam } from '../../core/formula/formula-param';
import { goodRows } from '../../core/formula/good-rows';
import { numberAbove } from '../../core/formula/number-above';
import { optionalValue } from '../../core/formula/optional-value';
import { parseFitCovariance } from '../../core/formula/parse-fit-covariance';
import { parseFlag } from '../../core/formula/parse-flag';
import { parseGammaGammaParams } from '../../core/formula/parse-gamma-gamma-params';
import { parseNonNegative } from '../../core/formula/parse-non-negative';
import { parseNumber } from '../../core/formula/parse-number';
import { MBG_NBD_MARKER, parsePurchaseModel } from '../../core/formula/parse-purchase-model';
import { parseUnit } from '../../core/formula/parse-unit';
import { readAsOfDay } from '../../core/formula/read-as-of-day';
import type { RowRead } from '../../core/formula/read-rows';
import { readTransactions, type ShownTransaction } from '../../core/formula/read-transactions';
import { type RowBatch, rowFormula } from '../../core/formula/row-formula';
import { runFormula } from '../../core/formula/run-formula';
import { wholeNumber } from '../../core/formula/whole-number';
import { spreadsheetTimeZone } from '../../gas/spreadsheet-time-zone';
import { customFunction } from '../entry-point';
import { TRANSACTION_PARAMS } from './transaction-params';

/** How the scoring formulas describe a customer's frequency, recency and T. */
const CUSTOMER_ROW: BgNbdRowDocs = {
  frequency: 'Repeat purchases of each customer.',
  recency: 'Time from first to last purchase.',
  T: 'Time from first purchase to the end of the period.',
};

/** The fitted purchase model the scoring formulas take, recognised by its table's labels. */
const PURCHASE_FIT = callParam(
  'params',
  'The output of CRM_BGNBD_FIT, CRM_MBGNBD_FIT or CRM_PARETO_NBD_FIT (its table; a values row alone is read as BG/NBD).',
  parsePurchaseModel,
);

/** How the three purchase-model fits describe their arguments. */
const FIT_ROW: BgNbdRowDocs = {
  frequency: 'Repeat purchases of each customer (CRM_SUMMARY Frequency).',
  recency: 'Time from first to last purchase (CRM_SUMMARY Recency).',
  T: 'Time from first purchase to the end of the period (CRM_SUMMARY T).',
};

/** The penalizer argument of the BG/NBD and MBG/NBD fits. */
const PENALIZER = callParam(
  'penalizer',
  'Optional: L2 penalty on the parameters, e.g. 0.001 for small data (default 0).',
  optionalValue(parseNonNegative, 0),
);

/** The last, optional argument of every fit: whether to add the uncertainty rows. */
const WITH_STANDARD_ERRORS = callParam(
  'with_standard_errors',
  'Optional: TRUE adds a "standard error" row and one "correlation with …" row per parameter under the values (inverse observed information; default FALSE). CRM_CLV_PREDICT needs them for its interval.',
  optionalValue(parseFlag, 0),
);

/** A fit's table: the plain 2-row one, or with its uncertainty rows when they were asked for. */
function tableOf(
  pairs: ReadonlyArray<readonly [string, number | string]>,
  withStandardErrors: 0 | 1,
  covariance: () => ParameterCovarianceResult,
  derived?: (result: ParameterCovarianceResult) => Record<string, number>,
): unknown[][] {
  if (!withStandardErrors) return fitTable(pairs);
  const result = covariance();
  return fitTableWithUncertainty(pairs, result, derived?.(result));
}

/** A frequency read on its own, without recency and T: a whole number of repeat purchases. */
const readFrequency = wholeNumber(0);

/** One customer's frequency, recency and T, in the formulas' names. */
type CustomerRow = { frequency: number; recency: number; T: number };

/** CRM_SUMMARY's table: a header, one row per customer, then one line per unreadable transaction. */
function summaryTable(
  customers: readonly { first: ShownTransaction; summary: CustomerSummary }[],
  reads: readonly RowRead<ShownTransaction>[],
): unknown[][] {
  const table: unknown[][] = [['Customer', 'Frequency', 'Recency', 'T', 'Monetary']];
  for (const { first, summary: s } of customers)
    table.push([first.shown, s.frequency, s.recency, s.T, s.monetaryValue]);
  // Bad transactions have no customer row of their own, so their reasons follow the table.
  for (const read of reads)
    if (read.kind === 'error') table.push([`row ${read.row + 1}: ${read.message}`, '', '', '', '']);
  return table;
}

/** CRM_BGNBD_FIT's table from the customers read, or why the model cannot be fitted on them. */
function bgNbdFitTable(
  { rows, columns, invalid, reads }: RowBatch<CustomerRow>,
  penalizer: number,
  withStandardErrors: 0 | 1,
) {
  requireRepeatBuyers(rows);
  const small = tinyData(columns.frequency);
  const fit = fitBgNbd(columns, { penalizer, logPenalizer: small.logPenalizer });
  if (!fit.converged) throw new FormulaError(bgNbdNonConvergence(reads, fit.iterations));
  return tableOf(
    [
      ['r', fit.r],
      ['alpha', fit.alpha],
      ['a', fit.a],
      ['b', fit.b],
      ['log-likelihood', fit.logLikelihood],
      ['customers', rows.length],
      ['invalid rows', invalid],
      ...penalisedLabel(small),
    ],
    withStandardErrors,
    uncertaintyOf(small, ['r', 'alpha', 'a', 'b'], () => bgNbdCovariance(columns, fit, penalizer)),
  );
}

/**
 * Why a BG/NBD fit stopped without converging. Its parameters run off to a boundary: α → 0 when
 * rows with repeat purchases have recency 0 (named by their row in the range), otherwise
 * typically a, b → ∞ when drop-out rates show no spread, which a small penalty stops.
 */
function bgNbdNonConvergence(reads: readonly RowRead<CustomerRow>[], iterations: number): string {
  const instant = reads.filter(
    (read) => read.kind === 'value' && read.value.frequency > 0 && read.value.recency === 0,
  );
  if (instant.length > 0)
    return `the fit did not converge: ${instantRecencyProblem(instant[0].row, instant.length)}`;
  return (
    `the fit did not converge after ${iterations} iterations (the parameters keep growing); ` +
    'give a small penalizer such as 0.001'
  );
}

/** CRM_MBGNBD_FIT's table from the customers read, or why the model cannot be fitted on them. */
function mbgNbdFitTable(
  { rows, columns, invalid, reads }: RowBatch<CustomerRow>,
  penalizer: number,
  withStandardErrors: 0 | 1,
) {
  requireRepeatBuyers(rows);
  const small = tinyData(columns.frequency);
  const fit = fitMbgNbd(columns, { penalizer, logPenalizer: small.logPenalizer });
  // The MBG/NBD likelihood runs off to the same boundaries as BG/NBD's, for the same reasons.
  if (!fit.converged) throw new FormulaError(bgNbdNonConvergence(reads, fit.iterations));
  const { a, b } = fit;
  return tableOf(
    [
      ['r', fit.r],
      ['alpha', fit.alpha],
      ['a', fit.a],
      ['b', fit.b],
      ['log-likelihood', fit.logLikelihood],
      ['customers', rows.length],
      ['invalid rows', invalid],
      ...penalisedLabel(small),
      // E[p]: the share of new customers the model expects to leave right after the first order.
      [MBG_NBD_MARKER, a / (a + b)],
    ],
    withStandardErrors,
    uncertaintyOf(small, ['r', 'alpha', 'a', 'b'], () => mbgNbdCovariance(columns, fit, penalizer)),
    // The drop-out share a/(a + b) by the delta method: its gradient in (a, b) is (b, −a)/(a + b)².
    (result): Record<string, number> =>
      result.kind === 'covariance'
        ? {
            [MBG_NBD_MARKER]: Math.sqrt(
              deltaMethodVariance([0, 0, b / (a + b) ** 2, -a / (a + b) ** 2], result.covariance),
            ),
          }
        : {},
  );
}

/** CRM_PARETO_NBD_FIT's table from the customers read, or why the model cannot be fitted on them. */
function paretoNbdFitTable(
  { rows, columns, invalid }: RowBatch<CustomerRow>,
  penalizer: number,
  withStandardErrors: 0 | 1,
) {
  requireRepeatBuyers(rows);
  const small = tinyData(columns.frequency);
  const fit = fitParetoNbd(columns, { penalizer, logPenalizer: small.logPenalizer });
  if (!fit.converged)
    throw new FormulaError(
      `the fit did not converge after ${fit.iterations} iterations (the parameters keep growing); ` +
        'give a small penalizer such as 0.001',
    );
  return tableOf(
    [
      ['r', fit.r],
      ['alpha', fit.alpha],
      ['s', fit.s],
      ['beta', fit.beta],
      ['log-likelihood', fit.logLikelihood],
      ['customers', rows.length],
      ['invalid rows', invalid],
      ...penalisedLabel(small),
    ],
    withStandardErrors,
    uncertaintyOf(small, ['r', 'alpha', 's', 'beta'], () => paretoNbdCovariance(columns, fit, penalizer)),
  );
}

/**
 * The label a tiny fit's table adds: a few histories cannot tell the spread of purchase and
 * drop-out rates, so the fit was pulled towards its starting values (tinyData) and says so.
 */
function penalisedLabel(small: TinyData): Array<readonly [string, number | string]> {
  return small.tiny ? [['penalised', small.note.replace(/^penalised: /, '')]] : [];
}

/**
 * The covariance of a fit, or none for a tiny one: its estimates sit where the penalty pulled them,
 * not at the likelihood's maximum, so the observed information there is no sampling variance.
 */
function uncertaintyOf(
  small: TinyData,
  names: readonly string[],
  covariance: () => ParameterCovarianceResult,
): () => ParameterCovarianceResult {
  return small.tiny ? () => ({ kind: 'none', names, reason: small.note }) : covariance;
}

/** Why no purchase model can be fitted on these rows, when there is a reason. */
function requireRepeatBuyers(rows: readonly CustomerRow[]): void {
  if (rows.length === 0) throw new FormulaError('there are no customers to fit');
  if (!rows.some((row) => row.frequency > 0))
    throw new FormulaError(
      'no customer has a repeat purchase (every frequency is 0), so the model cannot be fitted',
    );
}

/** CRM_GAMMAGAMMA_FIT's table from the customers read, or why the model cannot be fitted on them. */
function gammaGammaFitTable(
  { rows, columns, invalid }: RowBatch<{ frequency: number; monetary: number }>,
  withStandardErrors: 0 | 1,
) {
  if (!rows.some((row) => row.frequency > 0 && row.monetary > 0))
    throw new FormulaError(
      'no customer has a repeat purchase with a positive monetary value, so the model cannot be fitted',
    );
  const fit = fitGammaGamma(columns.frequency, columns.monetary);
  // Without spread in the average spends (few repeat buyers, or spends that barely differ)
  // the likelihood keeps rising as p grows without bound, so the optimiser never settles.
  if (!fit.converged)
    throw new FormulaError(
      `the fit did not converge after ${fit.iterations} iterations (the parameters run off without settling); ` +
        'it needs more repeat buyers whose average spends differ',
    );
  return tableOf(
    [
      ['p', fit.p],
      ['q', fit.q],
      ['gamma', fit.gamma],
      ['log-likelihood', fit.logLikelihood],
      ['customers used', fit.used],
      ['excluded monetary <= 0', fit.excludedZeroMonetary],
      ['invalid rows', invalid],
    ],
    withStandardErrors,
    () => gammaGammaCovariance(columns.frequency, columns.monetary, fit),
  );
}

/** One result per row as the one-cell rows a formula returns. */
const oneCellRows = (values: ArrayLike<number>): unknown[][] => Array.from(values, (value) => [value]);

export const btydEntryPoints = {
  CRM_SUMMARY: customFunction({
    description:
      'Each customer in four numbers: repeat purchases, time from first to last purchase, age as a customer, average repeat spend (as the lifetimes library counts them).',
    params: [
      ...TRANSACTION_PARAMS,
      {
        name: 'as_of',
        description: 'Optional: end of the observation period (default: the latest date in the data).',
      },
      { name: 'unit', description: 'Optional: "days" (default) or "weeks".' },
    ],
    returns:
      'A header row, then one row per customer in order of first appearance: Customer, Frequency, Recency, T, Monetary; then one "row N: …" line per unreadable transaction.',
    run: (customer_ids: unknown, dates: unknown, amounts: unknown, as_of?: unknown, unit?: unknown) =>
      runFormula('CRM_SUMMARY', () => {
        const timeUnit = parseUnit(unit, 'unit');
        // Days are counted in the spreadsheet's zone, as Refresh counts them, not the script's.
        const { reads, timeZone } = readTransactions({ customer_ids, dates, amounts }, spreadsheetTimeZone);
        const { values: transactions } = goodRows(reads);
        if (transactions.length === 0) throw new FormulaError('there are no transactions to summarise');
        const asOfDay = readAsOfDay(as_of, 'as_of', transactions, timeZone);
        const summaries = summarizeTransactions(transactions, { asOfDay, unit: timeUnit });
        return summaryTable(inFirstAppearanceOrder(transactions, summaries), reads);
      }),
  }),

  CRM_BGNBD_FIT: customFunction({
    description:
      'Learns from all orders how often customers buy and how fast they drift away (the BG/NBD model of Fader, Hardie & Lee 2005).',
    returns:
      'Two rows: labels (r, alpha, a, b, log-likelihood, customers, invalid rows) and their values; pass it to CRM_PALIVE and the others as params. With with_standard_errors TRUE, a standard-error row and one correlation row per parameter follow, labelled in an extra last column. With fewer than 30 customers or 10 repeat buyers the fit is pulled towards r = a = b = 1 and a label penalised says so.',
    ...rowFormula('CRM_BGNBD_FIT', [...bgNbdRowParams(FIT_ROW), PENALIZER, WITH_STANDARD_ERRORS], {
      fit: (batch, call) => bgNbdFitTable(batch, call.penalizer, call.with_standard_errors),
    }),
  }),

  CRM_MBGNBD_FIT: customFunction({
    description:
      'Learns from all orders how often customers buy and how fast they drift away, allowing that some never come back after their first order (the MBG/NBD model of Batislam, Denizel & Filiztekin 2007).',
    returns:
      "Two rows: labels (r, alpha, a, b, log-likelihood, customers, invalid rows, drop-out at first purchase) and their values; pass the table to CRM_PALIVE and the others as params. With with_standard_errors TRUE, a standard-error row (the drop-out share's too) and one correlation row per parameter follow. With fewer than 30 customers or 10 repeat buyers the fit is pulled towards r = a = b = 1 and a label penalised says so.",
    ...rowFormula('CRM_MBGNBD_FIT', [...bgNbdRowParams(FIT_ROW), PENALIZER, WITH_STANDARD_ERRORS], {
      fit: (batch, call) => mbgNbdFitTable(batch, call.penalizer, call.with_standard_errors),
    }),
  }),

  CRM_PARETO_NBD_FIT: customFunction({
    description:
      'Learns from all orders how often customers buy and how fast they drift away, leaving at any moment (the Pareto/NBD model of Schmittlein, Morrison & Colombo 1987).',
    returns:
      'Two rows: labels (r, alpha, s, beta, log-likelihood, customers, invalid rows) and their values; pass the table to CRM_PALIVE and the others as params. With with_standard_errors TRUE, a standard-error row and one correlation row per parameter follow. With fewer than 30 customers or 10 repeat buyers the fit is pulled towards r = s = 1 and a label penalised says so.',
    ...rowFormula(
      'CRM_PARETO_NBD_FIT',
      [
        ...bgNbdRowParams(FIT_ROW),
        callParam(
          'penalizer',
          'Optional: L2 penalty on the parameters, added to the total negative log-likelihood as lifetimes does (default 0).',
          optionalValue(parseNonNegative, 0),
        ),
        WITH_STANDARD_ERRORS,
      ],
      { fit: (batch, call) => paretoNbdFitTable(batch, call.penalizer, call.with_standard_errors) },
    ),
  }),

  CRM_PALIVE: customFunction({
    description:
      'The chance that each customer is still with you and will buy again (BG/NBD, MBG/NBD or Pareto/NBD, as fitted).',
    returns: 'The probability that each customer is still active, from 0 to 1.',
    ...rowFormula('CRM_PALIVE', [...bgNbdRowParams(CUSTOMER_ROW), PURCHASE_FIT], {
      each: (row, { params }) => [purchaseModelPAlive(params, row.frequency, row.recency, row.T)],
    }),
  }),

  CRM_CHURN_RISK: customFunction({
    description:
      'The risk that each customer has left you: 1 − the chance they are still with you (BG/NBD, MBG/NBD or Pareto/NBD, as fitted).',
    returns: 'The probability that each customer has churned, from 0 to 1.',
    ...rowFormula('CRM_CHURN_RISK', [...bgNbdRowParams(CUSTOMER_ROW), PURCHASE_FIT], {
      each: (row, { params }) => [1 - purchaseModelPAlive(params, row.frequency, row.recency, row.T)],
    }),
  }),

  CRM_EXPECTED_PURCHASES: customFunction({
    description:
      'How many more times each customer is likely to buy in the next `horizon` days or weeks (BG/NBD, MBG/NBD or Pareto/NBD, as fitted).',
    returns: 'The expected number of purchases of each customer in the horizon.',
    ...rowFormula(
      'CRM_EXPECTED_PURCHASES',
      [
        rowParam('horizon', 'Length of the future period, in the unit of recency and T.', parseNonNegative),
        ...bgNbdRowParams(CUSTOMER_ROW),
        PURCHASE_FIT,
      ],
      // The batch core sums each hypergeometric series once per distinct (x, T) and horizon.
      {
        all: ({ columns }, { params }) =>
          oneCellRows(purchaseModelExpectedPurchasesByHorizon(params, columns)),
      },
    ),
  }),

  CRM_GAMMAGAMMA_FIT: customFunction({
    description:
      'Learns from repeat buyers how much customers spend per order (the Gamma-Gamma model of Fader, Hardie & Lee 2005).',
    returns:
      'Two rows: labels (p, q, gamma, log-likelihood, customers used, excluded monetary <= 0, invalid rows) and their values; with with_standard_errors TRUE, a standard-error row and one correlation row per parameter follow.',
    ...rowFormula(
      'CRM_GAMMAGAMMA_FIT',
      [
        rowParam('frequency', 'Repeat purchases of each customer (CRM_SUMMARY Frequency).', readFrequency),
        rowParam('monetary', 'Mean value of the repeat purchases (CRM_SUMMARY Monetary).', parseNumber),
        WITH_STANDARD_ERRORS,
      ],
      { fit: (batch, call) => gammaGammaFitTable(batch, call.with_standard_errors) },
    ),
  }),

  CRM_EXPECTED_SPEND: customFunction({
    description: 'What each customer is likely to spend per order from now on (Gamma-Gamma model).',
    returns: 'The expected average order value of each customer.',
    ...rowFormula(
      'CRM_EXPECTED_SPEND',
      [
        rowParam('frequency', 'Repeat purchases of each customer.', readFrequency),
        rowParam('monetary', 'Mean value of the repeat purchases (0 when there are none).', parseNumber),
        callParam(
          'gg_params',
          'The output of CRM_GAMMAGAMMA_FIT (its table or its values row).',
          parseGammaGammaParams,
        ),
      ],
      { each: (row, { gg_params }) => [conditionalExpectedSpend(gg_params, row.frequency, row.monetary)] },
    ),
  }),

  CRM_CLV_PREDICT: customFunction({
    description:
      "What each customer is likely to bring you over the next months, discounted (BG/NBD, MBG/NBD or Pareto/NBD with Gamma-Gamma); optionally with a 90 % interval by the delta method on the fits' covariance.",
    returns:
      'The predicted lifetime value of each customer over the months; with with_interval TRUE, three columns: CLV, CLV 5 % and CLV 95 % (the ends of a 90 % interval for the expected value, from the uncertainty of the fitted parameters).',
    ...rowFormula(
      'CRM_CLV_PREDICT',
      [
        ...bgNbdRowParams(CUSTOMER_ROW),
        rowParam('monetary', 'Mean value of the repeat purchases.', parseNumber),
        callParam(
          'bgnbd_params',
          'The output of CRM_BGNBD_FIT, CRM_MBGNBD_FIT or CRM_PARETO_NBD_FIT (its table).',
          (value, name) => ({ model: parsePurchaseModel(value, name), table: value }),
        ),
        callParam('gg_params', 'The output of CRM_GAMMAGAMMA_FIT.', (value, name) => ({
          params: parseGammaGammaParams(value, name),
          table: value,
        })),
        callParam('months', 'Optional: months ahead (default 12).', optionalValue(wholeNumber(1), 12)),
        callParam(
          'monthly_discount',
          'Optional: discount rate per month (default 0.01).',
          optionalValue(numberAbove(-1), 0.01),
        ),
        callParam(
          'unit',
          'Optional: unit of recency and T, "days" (default) or "weeks"; a month is 30 days or 4.345 weeks.',
          parseUnit,
        ),
        callParam(
          'with_interval',
          "Optional: TRUE adds the ends of a 90 % interval (delta method on ln CLV with the fits' covariance); both fits must be given with with_standard_errors TRUE. A fit table cut to its standard-error row is read as uncorrelated estimates.",
          optionalValue(parseFlag, 0),
        ),
      ],
      {
        width: (call) => (call.with_interval ? 3 : 1),
        // Checked row by row first (negative monetary, infinite expected spend), so that the
        // batch below, which stops at its first bad row, only sees good ones.
        check: (row, { gg_params }) =>
          conditionalExpectedSpend(gg_params.params, row.frequency, row.monetary),
        // The batch core sums the monthly series once per distinct (x, T) instead of per customer.
        all: ({ columns }, call) => {
          const model = call.bgnbd_params.model;
          const gg = call.gg_params.params;
          const options = { months: call.months, monthlyDiscount: call.monthly_discount, unit: call.unit };
          if (!call.with_interval)
            return oneCellRows(purchaseModelPredictClvMany(model, gg, columns, options));
          const { clv, lower, upper } = purchaseModelClvIntervalMany(
            model,
            fitCovariance(call.bgnbd_params.table, 'bgnbd_params', model),
            gg,
            fitCovariance(call.gg_params.table, 'gg_params', null),
            columns,
            options,
          );
          return Array.from(clv, (value, i) => [value, lower[i], upper[i]]);
        },
      },
    ),
  }),
};

/** The fit each CLV argument comes from, by the model it holds (null: Gamma-Gamma). */
function fitSource(model: PurchaseModel | null): { source: string; labels: string[] } {
  if (model === null) return { source: 'CRM_GAMMAGAMMA_FIT', labels: ['p', 'q', 'gamma'] };
  if (model.kind === 'paretonbd')
    return { source: 'CRM_PARETO_NBD_FIT', labels: ['r', 'alpha', 's', 'beta'] };
  return {
    source: model.kind === 'mbgnbd' ? 'CRM_MBGNBD_FIT' : 'CRM_BGNBD_FIT',
    labels: ['r', 'alpha', 'a', 'b'],
  };
}

/** The covariance an interval needs from a fit table, or why the table does not have it. */
function fitCovariance(table: unknown, argument: string, model: PurchaseModel | null): number[][] {
  const { source, labels } = fitSource(model);
  const covariance = parseFitCovariance(table, { argument, source, labels });
  if (covariance === null)
    throw new FormulaError(
      `${argument} has no standard errors, which the interval needs: give the table of ${source} with with_standard_errors TRUE`,
    );
  return covariance;
}
