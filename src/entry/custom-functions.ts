// The formula API: every CRM_ custom function, as thin wrappers over src/core.
//
// How every function treats its arguments (product.md section 3):
// - each per-row argument is one value or a one-column range; one value is used on every row;
// - a blank input row gives a blank output row; a bad row gives "row N: reason" in that row only
//   (N counts from 1 within the range) and never fails the rest;
// - "", null and undefined all mean an omitted argument;
// - a problem with the whole call (a required argument missing, ranges of different lengths, a
//   fit that cannot run) is returned as the formula's value, "CRM_NAME: reason", never thrown:
//   a thrown error shows only #ERROR! in the cell;
// - calls without any range return one value; calls with a range return a column or a table.

import { conditionalExpectedPurchasesMany } from '../core/btyd/conditional-expected-purchases-many';
import { fitBgNbd } from '../core/btyd/fit-bg-nbd';
import { conditionalExpectedSpend, fitGammaGamma } from '../core/btyd/gamma-gamma';
import { instantRecencyProblem } from '../core/btyd/instant-recency-problem';
import { pAlive } from '../core/btyd/p-alive';
import { predictClvMany } from '../core/btyd/predict-clv-many';
import { summarizeTransactions } from '../core/btyd/summarize-transactions';
import { validateBgNbdRow } from '../core/btyd/validate-bg-nbd-row';
import { type AlignedColumns, alignColumns, type ColumnArgument } from '../core/formula/align-columns';
import { fitTable } from '../core/formula/fit-table';
import { FormulaError } from '../core/formula/formula-error';
import { isBlank } from '../core/formula/is-blank';
import { isLabel } from '../core/formula/is-label';
import { mapRowValues } from '../core/formula/map-row-values';
import { parseChoice } from '../core/formula/parse-choice';
import { parseDay } from '../core/formula/parse-day';
import { parseFlag } from '../core/formula/parse-flag';
import { parseNumber } from '../core/formula/parse-number';
import { parseParams } from '../core/formula/parse-params';
import { parseText } from '../core/formula/parse-text';
import { type RowRead, readRows } from '../core/formula/read-rows';
import { runFormula } from '../core/formula/run-formula';
import { toColumn } from '../core/formula/to-column';
import { toMatrix } from '../core/formula/to-matrix';
import { toScalar } from '../core/formula/to-scalar';
import { writeRows } from '../core/formula/write-rows';
import { churnRate } from '../core/metrics/churn-rate';
import { constantSurvival } from '../core/metrics/constant-survival';
import { customerSatisfaction } from '../core/metrics/customer-satisfaction';
import { loyaltyIndex } from '../core/metrics/loyalty-index';
import { netPromoterScore } from '../core/metrics/net-promoter-score';
import { repeatRate } from '../core/metrics/repeat-rate';
import { retentionRate } from '../core/metrics/retention-rate';
import { returnOnInvestment } from '../core/metrics/return-on-investment';
import { rfmScores } from '../core/metrics/rfm';
import { shareOfTotal } from '../core/metrics/share-of-total';
import { simpleClv } from '../core/metrics/simple-clv';
import { classificationReport } from '../core/models/classification-report';
import { fitLogisticRegression } from '../core/models/logistic-regression';
import { predictChurnProbability } from '../core/models/predict-churn-probability';
import { recommendProducts } from '../core/models/recommend-products';
import { spreadsheetTimeZone } from '../gas/spreadsheet-time-zone';
import { customFunction } from './entry-point';

/** Declares a per-row argument that must be given. */
const required = (name: string, value: unknown): ColumnArgument => ({ name, value, required: true });

/**
 * The common shape of a per-row formula: align the arguments, compute each non-blank row on its
 * own (a thrown error stays in that row), and return `width` cells per row, or one value when no
 * argument was a range.
 */
function rowByRow(
  args: ColumnArgument[],
  compute: (columns: AlignedColumns, row: number) => unknown[],
  width = 1,
): unknown {
  const columns = alignColumns(args);
  const reads = readRows(columns.rows, columns.isBlankRow, (row) => compute(columns, row));
  return writeRows(reads, width, columns.single);
}

/** A per-row formula with nothing to prepare: {@link rowByRow} under the formula's name. */
function perRow(
  name: string,
  args: ColumnArgument[],
  compute: (columns: AlignedColumns, row: number) => unknown[],
): unknown {
  return runFormula(name, () => rowByRow(args, compute));
}

/** A number that must not be negative. */
function nonNegative(value: unknown, name: string): number {
  const number = parseNumber(value, name);
  if (number < 0) throw new FormulaError(`${name} must not be negative`);
  return number;
}

/** An optional single-value number argument, `fallback` when omitted. */
function optionalNumber(value: unknown, name: string, fallback: number): number {
  const cell = toScalar(value, name);
  return isBlank(cell) ? fallback : parseNumber(cell, name);
}

/**
 * The numbers of every non-blank cell of a range read as one list (scores, order counts), each
 * checked by `check`; a bad cell fails the formula with its position, since the result is one
 * value and there is no row of its own to write the reason in.
 */
function numbersOf(
  value: unknown,
  name: string,
  item: string,
  check: (n: number) => string | null,
): number[] {
  const matrix = toMatrix(value, name);
  const numbers: number[] = [];
  const oneCell = matrix.length === 1 && matrix[0].length === 1;
  for (let row = 0; row < matrix.length; row++) {
    const cells = matrix[row];
    for (let column = 0; column < cells.length; column++) {
      if (isBlank(cells[column])) continue;
      try {
        const number = parseNumber(cells[column], item);
        const problem = check(number);
        if (problem !== null) throw new FormulaError(`${item} ${number} ${problem}`);
        numbers.push(number);
      } catch (error) {
        const where = cells.length > 1 ? `row ${row + 1}, column ${column + 1}` : `row ${row + 1}`;
        throw new FormulaError(oneCell ? (error as Error).message : `${where}: ${(error as Error).message}`);
      }
    }
  }
  if (numbers.length === 0) throw new FormulaError(`${name} is required`);
  return numbers;
}

/** CRM_CLV: the survival of each period from the retention argument, or undefined. */
function survivalFrom(retention: unknown, periods: number): number[] | undefined {
  const matrix = toMatrix(retention, 'retention');
  if (matrix.every((row) => row.every(isBlank))) return undefined;
  if (matrix.length === 1 && matrix[0].length === 1)
    return constantSurvival(parseNumber(matrix[0][0], 'retention'), periods);
  if (matrix.length !== 1)
    throw new FormulaError('retention must be one rate or one row of survival values (one per period)');
  if (matrix[0].length !== periods)
    throw new FormulaError(`retention has ${matrix[0].length} values but there are ${periods} periods`);
  return matrix[0].map((cell, i) => parseNumber(cell, `retention in period ${i + 1}`));
}

/** CRM_CLV: the revenue rows and the number of periods they span. */
function revenueRows(
  revenue: unknown,
  periodsArg: unknown,
): { rows: unknown[][]; periods: number; single: boolean } {
  const rows = toMatrix(revenue, 'revenue');
  if (rows.length === 0 || rows.every((row) => row.every(isBlank)))
    throw new FormulaError('revenue is required');
  const width = rows[0].length;
  const periodsCell = toScalar(periodsArg, 'periods');
  if (isBlank(periodsCell)) return { rows, periods: width, single: !Array.isArray(revenue) };
  const periods = parseNumber(periodsCell, 'periods');
  if (!Number.isInteger(periods) || periods < 1)
    throw new FormulaError('periods must be a whole number, 1 or more');
  if (width !== 1 && width !== periods)
    throw new FormulaError(
      `periods (${periods}) repeats a single column of revenue, but revenue has ${width} columns`,
    );
  // One column with `periods`: the same revenue in every period.
  const spread = width === 1 ? rows.map((row) => new Array(periods).fill(row[0])) : rows;
  return { rows: spread, periods, single: !Array.isArray(revenue) };
}

/** The units the BTYD formulas count time in. */
const UNITS = ['days', 'weeks'] as const;

/** Reads the optional unit argument ("days" by default, as CRM_SUMMARY). */
function unitOf(value: unknown): (typeof UNITS)[number] {
  return parseChoice(toScalar(value, 'unit'), 'unit', UNITS, 'days');
}

/** One customer's (frequency, recency, T) row, checked as the BG/NBD model requires. */
function bgNbdRow(columns: AlignedColumns, row: number): { x: number; tx: number; T: number } {
  const x = parseNumber(columns.cell('frequency', row), 'frequency');
  const tx = parseNumber(columns.cell('recency', row), 'recency');
  const T = parseNumber(columns.cell('T', row), 'T');
  const problem = validateBgNbdRow(x, tx, T);
  if (problem !== null) throw new FormulaError(problem);
  return { x, tx, T };
}

/** The per-row arguments frequency, recency and T. */
function bgNbdColumns(frequency: unknown, recency: unknown, T: unknown): ColumnArgument[] {
  return [required('frequency', frequency), required('recency', recency), required('T', T)];
}

/** BG/NBD parameters from the output of CRM_BGNBD_FIT (table or values row). */
function bgNbdParams(value: unknown, argument: string): { r: number; alpha: number; a: number; b: number } {
  const [r, alpha, a, b] = parseParams(value, {
    argument,
    source: 'CRM_BGNBD_FIT',
    count: 4,
    labels: ['r', 'alpha', 'a', 'b'],
    positive: true,
  });
  return { r, alpha, a, b };
}

/** Gamma-Gamma parameters from the output of CRM_GAMMAGAMMA_FIT (table or values row). */
function gammaGammaParams(value: unknown, argument: string): { p: number; q: number; gamma: number } {
  const [p, q, gamma] = parseParams(value, {
    argument,
    source: 'CRM_GAMMAGAMMA_FIT',
    count: 3,
    labels: ['p', 'q', 'gamma'],
    positive: true,
  });
  return { p, q, gamma };
}

/** The good rows' values and how many rows were bad, for a fit over all rows. */
function goodRows<T>(reads: readonly RowRead<T>[]): { values: T[]; invalid: number } {
  const values: T[] = [];
  let invalid = 0;
  for (const read of reads) {
    if (read.kind === 'value') values.push(read.value);
    else if (read.kind === 'error') invalid++;
  }
  return { values, invalid };
}

/** Positions of `items` grouped by a key, in order of first appearance. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  items.forEach((item, i) => {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(i);
    else groups.set(k, [i]);
  });
  return groups;
}

/** A frequency: a whole number of repeat purchases, 0 or more. */
function frequencyOf(value: unknown): number {
  const x = parseNumber(value, 'frequency');
  if (!Number.isInteger(x) || x < 0) throw new FormulaError('frequency must be a whole number, 0 or more');
  return x;
}

/**
 * The features range of the churn formulas: its rows, and the header names when the first row
 * is all labels (a range selected with its header row), so the model's labels can use them.
 */
function featureTable(features: unknown): { header: string[] | null; rows: unknown[][]; width: number } {
  const matrix = toMatrix(features, 'features');
  if (matrix.length === 0 || matrix.every((row) => row.every(isBlank)))
    throw new FormulaError('features is required');
  const width = matrix[0].length;
  const header =
    matrix.length > 1 && matrix[0].every(isLabel) ? matrix[0].map((cell) => String(cell).trim()) : null;
  return { header, rows: matrix, width };
}

/** One customer's features as numbers, named by header or position. */
function featureRow(cells: readonly unknown[], header: string[] | null): number[] {
  return cells.map((cell, j) => parseNumber(cell, header ? header[j] : `feature ${j + 1}`));
}

/** The label after the coefficients in CRM_CHURN_MODEL's table. */
const ROWS_USED = 'rows used';

/**
 * Coefficients (intercept first) for `width` features from the model argument: CRM_CHURN_MODEL's
 * table (the columns before "rows used"), its values row (coefficients then the two counts), or
 * just the coefficients. Throws FormulaError when the count does not match the features.
 */
function churnCoefficients(model: unknown, width: number): number[] {
  const matrix = toMatrix(model, 'model');
  const labelled = matrix.length >= 2 && matrix[0].some(isLabel);
  if (labelled) {
    const end = matrix[0].findIndex(
      (cell) => typeof cell === 'string' && cell.trim().toLowerCase() === ROWS_USED,
    );
    const coefficients = end < 0 ? matrix[0].filter((cell) => !isBlank(cell)).length : end;
    if (coefficients !== width + 1)
      throw new FormulaError(`model has ${coefficients - 1} features but features has ${width} columns`);
  } else {
    const values = matrix.flat().filter((cell) => !isBlank(cell)).length;
    if (values !== 0 && values !== width + 1 && values !== width + 3)
      throw new FormulaError(`model has ${values} values, which does not fit ${width} feature columns`);
  }
  return parseParams(model, { argument: 'model', source: 'CRM_CHURN_MODEL', count: width + 1 });
}

export const customFunctionEntryPoints = {
  CRM_SUMMARY: customFunction({
    description:
      'Per-customer summary of transactions (frequency, recency, T, monetary), with the semantics of lifetimes.',
    params: [
      { name: 'customer_ids', description: 'Customer of each transaction.' },
      {
        name: 'dates',
        description:
          "Date of each transaction (a date, or ISO text such as 2024-01-05), dated in the spreadsheet's time zone.",
      },
      { name: 'amounts', description: 'Amount of each transaction.' },
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
        const timeUnit = unitOf(unit);
        const columns = alignColumns([
          required('customer_ids', customer_ids),
          required('dates', dates),
          required('amounts', amounts),
        ]);
        // Days are counted in the spreadsheet's zone, as Refresh counts them, not the script's.
        const timeZone = spreadsheetTimeZone();
        const reads = readRows(columns.rows, columns.isBlankRow, (row) => {
          const cell = columns.cell('customer_ids', row);
          const customerId = parseText(cell, 'customer_id');
          return {
            customerId,
            // A numeric ID is given back as a number, so lookups against the ID column still match.
            shown: typeof cell === 'number' ? cell : customerId,
            day: parseDay(columns.cell('dates', row), 'date', timeZone),
            amount: parseNumber(columns.cell('amounts', row), 'amount'),
          };
        });
        const { values: transactions } = goodRows(reads);
        if (transactions.length === 0) throw new FormulaError('there are no transactions to summarise');
        const asOfCell = toScalar(as_of, 'as_of');
        let asOfDay = transactions[0].day;
        for (const t of transactions) if (t.day > asOfDay) asOfDay = t.day;
        if (!isBlank(asOfCell)) asOfDay = parseDay(asOfCell, 'as_of', timeZone);
        const order = new Map<string, { index: number; shown: unknown }>();
        for (const t of transactions)
          if (!order.has(t.customerId)) order.set(t.customerId, { index: order.size, shown: t.shown });
        const summaries = summarizeTransactions(transactions, { asOfDay, unit: timeUnit });
        const rank = (id: string) => order.get(id)?.index ?? Number.MAX_SAFE_INTEGER;
        summaries.sort((p, q) => rank(p.customerId) - rank(q.customerId));
        const table: unknown[][] = [['Customer', 'Frequency', 'Recency', 'T', 'Monetary']];
        for (const s of summaries)
          table.push([
            order.get(s.customerId)?.shown ?? s.customerId,
            s.frequency,
            s.recency,
            s.T,
            s.monetaryValue,
          ]);
        // Bad transactions have no customer row of their own, so their reasons follow the table.
        for (const read of reads)
          if (read.kind === 'error') table.push([`row ${read.row + 1}: ${read.message}`, '', '', '', '']);
        return table;
      }),
  }),

  CRM_BGNBD_FIT: customFunction({
    description: 'Fits the BG/NBD model (Fader, Hardie & Lee 2005) by maximum likelihood.',
    params: [
      { name: 'frequency', description: 'Repeat purchases of each customer (CRM_SUMMARY Frequency).' },
      { name: 'recency', description: 'Time from first to last purchase (CRM_SUMMARY Recency).' },
      { name: 'T', description: 'Time from first purchase to the end of the period (CRM_SUMMARY T).' },
      {
        name: 'penalizer',
        description: 'Optional: L2 penalty on the parameters, e.g. 0.001 for small data (default 0).',
      },
    ],
    returns:
      'Two rows: labels (r, alpha, a, b, log-likelihood, customers, invalid rows) and their values; pass it to CRM_PALIVE and the others as params.',
    run: (frequency: unknown, recency: unknown, T: unknown, penalizer?: unknown) =>
      runFormula('CRM_BGNBD_FIT', () => {
        const penalty = optionalNumber(penalizer, 'penalizer', 0);
        if (penalty < 0) throw new FormulaError('penalizer must not be negative');
        const columns = alignColumns(bgNbdColumns(frequency, recency, T));
        const reads = readRows(columns.rows, columns.isBlankRow, (row) => bgNbdRow(columns, row));
        const { values: rows, invalid } = goodRows(reads);
        if (rows.length === 0) throw new FormulaError('there are no customers to fit');
        if (!rows.some((row) => row.x > 0))
          throw new FormulaError(
            'no customer has a repeat purchase (every frequency is 0), so the model cannot be fitted',
          );
        const fit = fitBgNbd(
          {
            frequency: rows.map((row) => row.x),
            recency: rows.map((row) => row.tx),
            T: rows.map((row) => row.T),
          },
          { penalizer: penalty },
        );
        // An optimiser that stops without converging has parameters running off to a boundary:
        // α → 0 when rows with repeat purchases have recency 0 (named by their row in the range),
        // otherwise typically a, b → ∞ when drop-out rates show no spread, which a small penalty stops.
        const instant = reads.filter(
          (read) => read.kind === 'value' && read.value.x > 0 && read.value.tx === 0,
        );
        if (!fit.converged && instant.length > 0)
          throw new FormulaError(
            `the fit did not converge: ${instantRecencyProblem(instant[0].row, instant.length)}`,
          );
        if (!fit.converged)
          throw new FormulaError(
            `the fit did not converge after ${fit.iterations} iterations (the parameters keep growing); ` +
              'give a small penalizer such as 0.001',
          );
        return fitTable([
          ['r', fit.r],
          ['alpha', fit.alpha],
          ['a', fit.a],
          ['b', fit.b],
          ['log-likelihood', fit.logLikelihood],
          ['customers', rows.length],
          ['invalid rows', invalid],
        ]);
      }),
  }),

  CRM_PALIVE: customFunction({
    description: 'Probability that each customer is still active (BG/NBD).',
    params: [
      { name: 'frequency', description: 'Repeat purchases of each customer.' },
      { name: 'recency', description: 'Time from first to last purchase.' },
      { name: 'T', description: 'Time from first purchase to the end of the period.' },
      { name: 'params', description: 'The output of CRM_BGNBD_FIT (its table or its values row).' },
    ],
    returns: 'The probability that each customer is still active, from 0 to 1.',
    run: (frequency: unknown, recency: unknown, T: unknown, params: unknown) =>
      runFormula('CRM_PALIVE', () => {
        const model = bgNbdParams(params, 'params');
        return rowByRow(bgNbdColumns(frequency, recency, T), (columns, row) => {
          const { x, tx, T } = bgNbdRow(columns, row);
          return [pAlive(model, x, tx, T)];
        });
      }),
  }),

  CRM_CHURN_RISK: customFunction({
    description: 'Churn risk of each customer: 1 − P(alive) under BG/NBD.',
    params: [
      { name: 'frequency', description: 'Repeat purchases of each customer.' },
      { name: 'recency', description: 'Time from first to last purchase.' },
      { name: 'T', description: 'Time from first purchase to the end of the period.' },
      { name: 'params', description: 'The output of CRM_BGNBD_FIT (its table or its values row).' },
    ],
    returns: 'The probability that each customer has churned, from 0 to 1.',
    run: (frequency: unknown, recency: unknown, T: unknown, params: unknown) =>
      runFormula('CRM_CHURN_RISK', () => {
        const model = bgNbdParams(params, 'params');
        return rowByRow(bgNbdColumns(frequency, recency, T), (columns, row) => {
          const { x, tx, T } = bgNbdRow(columns, row);
          return [1 - pAlive(model, x, tx, T)];
        });
      }),
  }),

  CRM_EXPECTED_PURCHASES: customFunction({
    description: 'Expected repeat purchases of each customer in the next `horizon` time units (BG/NBD).',
    params: [
      { name: 'horizon', description: 'Length of the future period, in the unit of recency and T.' },
      { name: 'frequency', description: 'Repeat purchases of each customer.' },
      { name: 'recency', description: 'Time from first to last purchase.' },
      { name: 'T', description: 'Time from first purchase to the end of the period.' },
      { name: 'params', description: 'The output of CRM_BGNBD_FIT (its table or its values row).' },
    ],
    returns: 'The expected number of purchases of each customer in the horizon.',
    run: (horizon: unknown, frequency: unknown, recency: unknown, T: unknown, params: unknown) =>
      runFormula('CRM_EXPECTED_PURCHASES', () => {
        const model = bgNbdParams(params, 'params');
        const columns = alignColumns([required('horizon', horizon), ...bgNbdColumns(frequency, recency, T)]);
        const reads = readRows(columns.rows, columns.isBlankRow, (row) => ({
          t: nonNegative(columns.cell('horizon', row), 'horizon'),
          ...bgNbdRow(columns, row),
        }));
        // The batch core sums each hypergeometric series once per distinct (x, T) and horizon.
        const expected = mapRowValues(reads, (rows) => {
          const out: unknown[][] = new Array(rows.length);
          for (const [t, indices] of groupBy(rows, (row) => row.t)) {
            const values = conditionalExpectedPurchasesMany(model, t, {
              frequency: indices.map((i) => rows[i].x),
              recency: indices.map((i) => rows[i].tx),
              T: indices.map((i) => rows[i].T),
            });
            indices.forEach((i, k) => {
              out[i] = [values[k]];
            });
          }
          return out;
        });
        return writeRows(expected, 1, columns.single);
      }),
  }),

  CRM_GAMMAGAMMA_FIT: customFunction({
    description:
      'Fits the Gamma-Gamma spend model (Fader, Hardie & Lee 2005) on customers with repeat purchases.',
    params: [
      { name: 'frequency', description: 'Repeat purchases of each customer (CRM_SUMMARY Frequency).' },
      { name: 'monetary', description: 'Mean value of the repeat purchases (CRM_SUMMARY Monetary).' },
    ],
    returns:
      'Two rows: labels (p, q, gamma, log-likelihood, customers used, excluded monetary <= 0, invalid rows) and their values.',
    run: (frequency: unknown, monetary: unknown) =>
      runFormula('CRM_GAMMAGAMMA_FIT', () => {
        const columns = alignColumns([required('frequency', frequency), required('monetary', monetary)]);
        const { values: rows, invalid } = goodRows(
          readRows(columns.rows, columns.isBlankRow, (row) => ({
            x: frequencyOf(columns.cell('frequency', row)),
            m: parseNumber(columns.cell('monetary', row), 'monetary'),
          })),
        );
        if (!rows.some((row) => row.x > 0 && row.m > 0))
          throw new FormulaError(
            'no customer has a repeat purchase with a positive monetary value, so the model cannot be fitted',
          );
        const fit = fitGammaGamma(
          rows.map((row) => row.x),
          rows.map((row) => row.m),
        );
        // Without spread in the average spends (few repeat buyers, or spends that barely differ)
        // the likelihood keeps rising as p grows without bound, so the optimiser never settles.
        if (!fit.converged)
          throw new FormulaError(
            `the fit did not converge after ${fit.iterations} iterations (the parameters run off without settling); ` +
              'it needs more repeat buyers whose average spends differ',
          );
        return fitTable([
          ['p', fit.p],
          ['q', fit.q],
          ['gamma', fit.gamma],
          ['log-likelihood', fit.logLikelihood],
          ['customers used', fit.used],
          ['excluded monetary <= 0', fit.excludedZeroMonetary],
          ['invalid rows', invalid],
        ]);
      }),
  }),

  CRM_EXPECTED_SPEND: customFunction({
    description: 'Expected average order value of each customer (Gamma-Gamma).',
    params: [
      { name: 'frequency', description: 'Repeat purchases of each customer.' },
      { name: 'monetary', description: 'Mean value of the repeat purchases (0 when there are none).' },
      { name: 'gg_params', description: 'The output of CRM_GAMMAGAMMA_FIT (its table or its values row).' },
    ],
    returns: 'The expected average order value of each customer.',
    run: (frequency: unknown, monetary: unknown, gg_params: unknown) =>
      runFormula('CRM_EXPECTED_SPEND', () => {
        const model = gammaGammaParams(gg_params, 'gg_params');
        return rowByRow(
          [required('frequency', frequency), required('monetary', monetary)],
          (columns, row) => [
            conditionalExpectedSpend(
              model,
              frequencyOf(columns.cell('frequency', row)),
              parseNumber(columns.cell('monetary', row), 'monetary'),
            ),
          ],
        );
      }),
  }),

  CRM_CLV_PREDICT: customFunction({
    description:
      'Predicted customer lifetime value over the next months (BG/NBD with Gamma-Gamma, as lifetimes).',
    params: [
      { name: 'frequency', description: 'Repeat purchases of each customer.' },
      { name: 'recency', description: 'Time from first to last purchase.' },
      { name: 'T', description: 'Time from first purchase to the end of the period.' },
      { name: 'monetary', description: 'Mean value of the repeat purchases.' },
      { name: 'bgnbd_params', description: 'The output of CRM_BGNBD_FIT.' },
      { name: 'gg_params', description: 'The output of CRM_GAMMAGAMMA_FIT.' },
      { name: 'months', description: 'Optional: months ahead (default 12).' },
      { name: 'monthly_discount', description: 'Optional: discount rate per month (default 0.01).' },
      {
        name: 'unit',
        description:
          'Optional: unit of recency and T, "days" (default) or "weeks"; a month is 30 days or 4.345 weeks.',
      },
    ],
    returns: 'The predicted lifetime value of each customer over the months.',
    run: (
      frequency: unknown,
      recency: unknown,
      T: unknown,
      monetary: unknown,
      bgnbd_params: unknown,
      gg_params: unknown,
      months?: unknown,
      monthly_discount?: unknown,
      unit?: unknown,
    ) =>
      runFormula('CRM_CLV_PREDICT', () => {
        const bg = bgNbdParams(bgnbd_params, 'bgnbd_params');
        const gg = gammaGammaParams(gg_params, 'gg_params');
        const horizon = optionalNumber(months, 'months', 12);
        if (!Number.isInteger(horizon) || horizon < 1)
          throw new FormulaError('months must be a whole number, 1 or more');
        const discount = optionalNumber(monthly_discount, 'monthly_discount', 0.01);
        if (discount <= -1) throw new FormulaError('monthly_discount must be greater than -1');
        const options = { months: horizon, monthlyDiscount: discount, unit: unitOf(unit) };
        const columns = alignColumns([
          ...bgNbdColumns(frequency, recency, T),
          required('monetary', monetary),
        ]);
        const reads = readRows(columns.rows, columns.isBlankRow, (row) => {
          const { x, tx, T } = bgNbdRow(columns, row);
          const m = parseNumber(columns.cell('monetary', row), 'monetary');
          // Checked row by row first (negative monetary, infinite expected spend), so that the
          // batch below, which stops at its first bad row, only sees good ones.
          conditionalExpectedSpend(gg, x, m);
          return { x, tx, T, m };
        });
        // The batch core sums the monthly series once per distinct (x, T) instead of per customer.
        const clv = mapRowValues(reads, (rows) =>
          Array.from(
            predictClvMany(
              bg,
              gg,
              {
                frequency: rows.map((row) => row.x),
                recency: rows.map((row) => row.tx),
                T: rows.map((row) => row.T),
                monetary: rows.map((row) => row.m),
              },
              options,
            ),
            (value) => [value],
          ),
        );
        return writeRows(clv, 1, columns.single);
      }),
  }),

  CRM_CLV: customFunction({
    description:
      'Customer lifetime value: the sum over periods t of revenue × survival ÷ (1 + discount rate)^t, per customer (row).',
    params: [
      {
        name: 'revenue',
        description:
          'Revenue per period: one row per customer, one column per period; or one column repeated for `periods` periods.',
      },
      { name: 'discount_rate', description: 'Discount rate per period, e.g. 0.1 for 10 %.' },
      { name: 'periods', description: 'Optional: how many periods a single column of revenue repeats for.' },
      {
        name: 'retention',
        description:
          'Optional: a constant retention rate r (survival in period t is r^t), or one row of survival values, one per period.',
      },
    ],
    returns: 'The lifetime value of each customer (row), or one value for a single revenue.',
    run: (revenue: unknown, discount_rate: unknown, periods?: unknown, retention?: unknown) =>
      runFormula('CRM_CLV', () => {
        const rate = toScalar(discount_rate, 'discount_rate');
        if (isBlank(rate)) throw new FormulaError('discount_rate is required');
        const discount = parseNumber(rate, 'discount_rate');
        const table = revenueRows(revenue, periods);
        const survival = survivalFrom(retention, table.periods);
        const reads = readRows(
          table.rows.length,
          (row) => table.rows[row].every(isBlank),
          (row) => {
            // A blank period inside a customer's row earns nothing, as a blank cell adds 0 to a SUM.
            const amounts = table.rows[row].map((cell, i) =>
              isBlank(cell) ? 0 : parseNumber(cell, `revenue in period ${i + 1}`),
            );
            return [simpleClv(amounts, discount, survival)];
          },
        );
        return writeRows(reads, 1, table.single);
      }),
  }),

  CRM_NPS: customFunction({
    description: 'Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from −100 to 100.',
    params: [{ name: 'scores', description: 'Answers from 0 to 10; blank cells are ignored.' }],
    returns: 'The Net Promoter Score of all the answers.',
    run: (scores: unknown) =>
      runFormula('CRM_NPS', () =>
        netPromoterScore(
          numbersOf(scores, 'scores', 'score', (n) =>
            Number.isInteger(n) && n >= 0 && n <= 10 ? null : 'is not a whole number from 0 to 10',
          ),
        ),
      ),
  }),

  CRM_CSAT: customFunction({
    description: 'Customer satisfaction: the share of answers at or above the satisfied minimum.',
    params: [
      { name: 'scores', description: 'Satisfaction answers, e.g. 1 to 5; blank cells are ignored.' },
      { name: 'satisfied_min', description: 'Optional: lowest answer that counts as satisfied (default 4).' },
    ],
    returns: 'The share of satisfied answers, from 0 to 1.',
    run: (scores: unknown, satisfied_min?: unknown) =>
      runFormula('CRM_CSAT', () =>
        customerSatisfaction(
          numbersOf(scores, 'scores', 'score', () => null),
          optionalNumber(satisfied_min, 'satisfied_min', 4),
        ),
      ),
  }),

  CRM_RETENTION_RATE: customFunction({
    description: 'Retention rate (E − N) / S: the share of the starting customers still there at the end.',
    params: [
      { name: 'customers_end', description: 'Customers at the end of the period (E).' },
      { name: 'new_customers', description: 'Customers acquired during the period (N).' },
      { name: 'customers_start', description: 'Customers at the start of the period (S).' },
    ],
    returns: 'The retention rate of each row, from 0 to 1.',
    run: (customers_end: unknown, new_customers: unknown, customers_start: unknown) =>
      perRow(
        'CRM_RETENTION_RATE',
        [
          required('customers_end', customers_end),
          required('new_customers', new_customers),
          required('customers_start', customers_start),
        ],
        (c, row) => [
          retentionRate(
            parseNumber(c.cell('customers_end', row), 'customers_end'),
            parseNumber(c.cell('new_customers', row), 'new_customers'),
            parseNumber(c.cell('customers_start', row), 'customers_start'),
          ),
        ],
      ),
  }),

  CRM_CHURN_RATE: customFunction({
    description: 'Churn rate L / S: the share of the starting customers lost during the period.',
    params: [
      { name: 'lost_customers', description: 'Customers lost during the period (L).' },
      { name: 'customers_start', description: 'Customers at the start of the period (S).' },
    ],
    returns: 'The churn rate of each row, from 0 to 1.',
    run: (lost_customers: unknown, customers_start: unknown) =>
      perRow(
        'CRM_CHURN_RATE',
        [required('lost_customers', lost_customers), required('customers_start', customers_start)],
        (c, row) => [
          churnRate(
            parseNumber(c.cell('lost_customers', row), 'lost_customers'),
            parseNumber(c.cell('customers_start', row), 'customers_start'),
          ),
        ],
      ),
  }),

  CRM_REPEAT_RATE: customFunction({
    description: 'Repeat rate: the share of customers with 2 or more orders.',
    params: [
      { name: 'order_counts', description: 'Number of orders of each customer; blank cells are ignored.' },
    ],
    returns: 'The share of repeat customers, from 0 to 1.',
    run: (order_counts: unknown) =>
      runFormula('CRM_REPEAT_RATE', () =>
        repeatRate(
          numbersOf(order_counts, 'order_counts', 'order count', (n) =>
            Number.isInteger(n) && n >= 0 ? null : 'is not a whole number of orders',
          ),
        ),
      ),
  }),

  CRM_LOYALTY_INDEX: customFunction({
    description: 'Loyalty index: the mean of the repeat rate and the retention rate.',
    params: [
      { name: 'repeat_rate', description: 'Share of customers with 2 or more orders (0 to 1).' },
      { name: 'retention_rate', description: 'Share of customers kept over the period (0 to 1).' },
    ],
    returns: 'The loyalty index of each row, from 0 to 1.',
    run: (repeat_rate: unknown, retention_rate: unknown) =>
      perRow(
        'CRM_LOYALTY_INDEX',
        [required('repeat_rate', repeat_rate), required('retention_rate', retention_rate)],
        (c, row) => [
          loyaltyIndex(
            parseNumber(c.cell('repeat_rate', row), 'repeat_rate'),
            parseNumber(c.cell('retention_rate', row), 'retention_rate'),
          ),
        ],
      ),
  }),

  CRM_ROI: customFunction({
    description: 'Return on investment: (revenue − cost) / cost.',
    params: [
      { name: 'revenue', description: 'Revenue the investment brought.' },
      { name: 'cost', description: 'What the investment cost (greater than 0).' },
    ],
    returns: 'The ROI of each row (1 = earned back twice the cost).',
    run: (revenue: unknown, cost: unknown) =>
      perRow('CRM_ROI', [required('revenue', revenue), required('cost', cost)], (c, row) => [
        returnOnInvestment(
          parseNumber(c.cell('revenue', row), 'revenue'),
          parseNumber(c.cell('cost', row), 'cost'),
        ),
      ]),
  }),

  CRM_CLV_SHARE: customFunction({
    description: "Each customer's share of the total lifetime value.",
    params: [{ name: 'clv_values', description: 'Lifetime value of each customer (0 or more).' }],
    returns: 'The share of each value in the total, from 0 to 1.',
    run: (clv_values: unknown) =>
      runFormula('CRM_CLV_SHARE', () => {
        const columns = alignColumns([required('clv_values', clv_values)]);
        const reads = readRows(columns.rows, columns.isBlankRow, (row) =>
          nonNegative(columns.cell('clv_values', row), 'clv_values'),
        );
        const shares = mapRowValues(reads, (values) => shareOfTotal(values).map((share) => [share]));
        return writeRows(shares, 1, columns.single);
      }),
  }),

  CRM_RFM: customFunction({
    description: 'RFM score (quantile bins, recent = high) and segment name of each customer.',
    params: [
      { name: 'recency_days', description: 'Days since the last purchase (0 or more).' },
      { name: 'frequency', description: 'Number of purchases (0 or more).' },
      { name: 'monetary', description: 'Money spent (total or average, the same for every row).' },
      { name: 'bins', description: 'Optional: score levels from 2 to 9 (default 5).' },
    ],
    returns: 'Two columns: the RFM score such as "545" and the segment name, e.g. Champions.',
    run: (recency_days: unknown, frequency: unknown, monetary: unknown, bins?: unknown) =>
      runFormula('CRM_RFM', () => {
        const levels = optionalNumber(bins, 'bins', 5);
        const columns = alignColumns([
          required('recency_days', recency_days),
          required('frequency', frequency),
          required('monetary', monetary),
        ]);
        const reads = readRows(columns.rows, columns.isBlankRow, (row) => ({
          recencyDays: nonNegative(columns.cell('recency_days', row), 'recency_days'),
          frequency: nonNegative(columns.cell('frequency', row), 'frequency'),
          monetary: parseNumber(columns.cell('monetary', row), 'monetary'),
        }));
        // Quantiles are over all the good rows together, so the core runs once on them.
        const scored = mapRowValues(reads, (rows) =>
          rfmScores(rows, levels).map((s) => [s.score, s.segment]),
        );
        return writeRows(scored, 2, false);
      }),
  }),

  CRM_CHURN_MODEL: customFunction({
    description: 'Fits a logistic-regression churn model (IRLS, features standardised internally).',
    params: [
      {
        name: 'features',
        description:
          'One row per customer, one column per feature; a header row, if included, names the coefficients.',
      },
      { name: 'churned', description: 'Whether each customer churned: 1/0 or TRUE/FALSE.' },
    ],
    returns:
      'Two rows: labels (intercept, one per feature, rows used, invalid rows) and the coefficients on the original scale with the counts.',
    run: (features: unknown, churned: unknown) =>
      runFormula('CRM_CHURN_MODEL', () => {
        const table = featureTable(features);
        const outcomes = toColumn(churned, 'churned');
        if (outcomes.length !== table.rows.length)
          throw new FormulaError(`churned has ${outcomes.length} rows but features has ${table.rows.length}`);
        const first = table.header ? 1 : 0;
        const reads = readRows(
          table.rows.length - first,
          (row) => table.rows[row + first].every(isBlank) && isBlank(outcomes[row + first]),
          (row) => ({
            x: featureRow(table.rows[row + first], table.header),
            y: parseFlag(outcomes[row + first], 'churned'),
          }),
        );
        const { values: rows, invalid } = goodRows(reads);
        if (rows.length === 0) throw new FormulaError('there are no customers to fit');
        const model = fitLogisticRegression(
          rows.map((row) => row.x),
          rows.map((row) => row.y),
        );
        if (!model.converged)
          throw new FormulaError(`the model did not converge in ${model.iterations} iterations`);
        const names = table.header ?? Array.from({ length: table.width }, (_, j) => `feature ${j + 1}`);
        return fitTable([
          ['intercept', model.coefficients[0]],
          ...names.map((name, j) => [name, model.coefficients[j + 1]] as const),
          [ROWS_USED, rows.length],
          ['invalid rows', invalid],
        ]);
      }),
  }),

  CRM_CHURN_SCORE: customFunction({
    description: 'Churn probability of each customer under a model fitted by CRM_CHURN_MODEL.',
    params: [
      {
        name: 'features',
        description: 'One row per customer, the same feature columns as the model, in order.',
      },
      { name: 'model', description: 'The output of CRM_CHURN_MODEL (its table or its values row).' },
    ],
    returns: 'The churn probability of each customer, from 0 to 1.',
    run: (features: unknown, model: unknown) =>
      runFormula('CRM_CHURN_SCORE', () => {
        const table = featureTable(features);
        const coefficients = churnCoefficients(model, table.width);
        const reads = readRows(
          table.rows.length,
          (row) => table.rows[row].every(isBlank),
          (row): unknown[] =>
            row === 0 && table.header
              ? ['churn probability']
              : [predictChurnProbability({ coefficients }, featureRow(table.rows[row], table.header))],
        );
        return writeRows(reads, 1, !Array.isArray(features));
      }),
  }),

  CRM_CLASSIFICATION_REPORT: customFunction({
    description:
      'How well predicted probabilities match outcomes: accuracy, precision, recall, F1 and ROC AUC.',
    params: [
      { name: 'actual', description: 'The outcome of each row: 1/0 or TRUE/FALSE.' },
      { name: 'predicted_probability', description: 'The predicted probability of each row (0 to 1).' },
      {
        name: 'threshold',
        description: 'Optional: probability from which a row counts as predicted 1 (default 0.5).',
      },
    ],
    returns:
      'Two rows: labels (accuracy, precision, recall, F1, ROC AUC, rows used, invalid rows) and their values.',
    run: (actual: unknown, predicted_probability: unknown, threshold?: unknown) =>
      runFormula('CRM_CLASSIFICATION_REPORT', () => {
        const cutoff = optionalNumber(threshold, 'threshold', 0.5);
        const columns = alignColumns([
          required('actual', actual),
          required('predicted_probability', predicted_probability),
        ]);
        const { values: rows, invalid } = goodRows(
          readRows(columns.rows, columns.isBlankRow, (row) => {
            const p = parseNumber(columns.cell('predicted_probability', row), 'predicted_probability');
            if (p < 0 || p > 1) throw new FormulaError('predicted_probability must be between 0 and 1');
            return { y: parseFlag(columns.cell('actual', row), 'actual'), p };
          }),
        );
        if (rows.length === 0) throw new FormulaError('there are no rows to compare');
        const report = classificationReport(
          rows.map((row) => row.y),
          rows.map((row) => row.p),
          cutoff,
        );
        // A ratio with a zero denominator (nobody predicted positive, say) does not exist: "n/a".
        const figure = (value: number | null) => (value === null ? 'n/a' : value);
        return fitTable([
          ['accuracy', report.accuracy],
          ['precision', figure(report.precision)],
          ['recall', figure(report.recall)],
          ['F1', figure(report.f1)],
          ['ROC AUC', figure(report.rocAuc)],
          ['true positives', report.truePositives],
          ['false positives', report.falsePositives],
          ['true negatives', report.trueNegatives],
          ['false negatives', report.falseNegatives],
          ['rows used', rows.length],
          ['invalid rows', invalid],
        ]);
      }),
  }),

  CRM_RECOMMEND: customFunction({
    description: 'Top products each customer has not bought, ranked by co-purchase with what they bought.',
    params: [
      { name: 'order_customer_ids', description: 'Customer of each order line.' },
      { name: 'order_products', description: 'Product of each order line.' },
      { name: 'customer_ids', description: 'Customers to recommend to, one per row.' },
      { name: 'n', description: 'Optional: how many products per customer (default 3).' },
    ],
    returns:
      'One row per customer with n columns of products, best first; popular products fill in when co-purchases run out.',
    run: (order_customer_ids: unknown, order_products: unknown, customer_ids: unknown, n?: unknown) =>
      runFormula('CRM_RECOMMEND', () => {
        const count = optionalNumber(n, 'n', 3);
        if (!Number.isInteger(count) || count < 1)
          throw new FormulaError('n must be a whole number, 1 or more');
        const orderColumns = alignColumns([
          required('order_customer_ids', order_customer_ids),
          required('order_products', order_products),
        ]);
        // An order line without a customer or a product says nothing about co-purchases, so it is
        // left out, as the Orders tab allows an order without a product.
        const orders: { customerId: string; product: string }[] = [];
        for (let row = 0; row < orderColumns.rows; row++) {
          const customer = orderColumns.cell('order_customer_ids', row);
          const product = orderColumns.cell('order_products', row);
          if (isBlank(customer) || isBlank(product)) continue;
          orders.push({
            customerId: parseText(customer, 'order_customer_id'),
            product: parseText(product, 'order_product'),
          });
        }
        const customers = alignColumns([required('customer_ids', customer_ids)]);
        const reads = readRows(customers.rows, customers.isBlankRow, (row) =>
          parseText(customers.cell('customer_ids', row), 'customer_id'),
        );
        const recommended = mapRowValues(reads, (ids) => recommendProducts(orders, ids, count));
        return writeRows(recommended, count, false);
      }),
  }),
};
