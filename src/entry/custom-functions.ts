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

import { type AlignedColumns, alignColumns, type ColumnArgument } from '../core/formula/align-columns';
import { FormulaError } from '../core/formula/formula-error';
import { isBlank } from '../core/formula/is-blank';
import { mapRowValues } from '../core/formula/map-row-values';
import { parseNumber } from '../core/formula/parse-number';
import { readRows } from '../core/formula/read-rows';
import { runFormula } from '../core/formula/run-formula';
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

export const customFunctionEntryPoints = {
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
};
