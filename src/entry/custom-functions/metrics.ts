// The metric formulas: lifetime value, survey scores, retention, churn, loyalty, ROI, shares and RFM.

import { callParam, rowParam } from '../../core/formula/formula-param';
import { isBlank } from '../../core/formula/is-blank';
import { optionalValue } from '../../core/formula/optional-value';
import { parseNonNegative } from '../../core/formula/parse-non-negative';
import { parseNumber } from '../../core/formula/parse-number';
import { readNumberList } from '../../core/formula/read-number-list';
import { readRevenueRows } from '../../core/formula/read-revenue-rows';
import { readRows } from '../../core/formula/read-rows';
import { readSurvival } from '../../core/formula/read-survival';
import { requiredValue } from '../../core/formula/required-value';
import { rowFormula } from '../../core/formula/row-formula';
import { runFormula } from '../../core/formula/run-formula';
import { writeRows } from '../../core/formula/write-rows';
import { churnRate } from '../../core/metrics/churn-rate';
import { customerSatisfaction } from '../../core/metrics/customer-satisfaction';
import { loyaltyIndex } from '../../core/metrics/loyalty-index';
import { netPromoterScore } from '../../core/metrics/net-promoter-score';
import { repeatRate } from '../../core/metrics/repeat-rate';
import { retentionRate } from '../../core/metrics/retention-rate';
import { returnOnInvestment } from '../../core/metrics/return-on-investment';
import { rfmScores } from '../../core/metrics/rfm';
import { shareOfTotal } from '../../core/metrics/share-of-total';
import { simpleClv } from '../../core/metrics/simple-clv';
import { customFunction } from '../entry-point';

/** The starting customers, which retention and churn are both a share of. */
const CUSTOMERS_START = rowParam('customers_start', 'Customers at the start of the period (S).', parseNumber);

export const metricEntryPoints = {
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
        const discount = requiredValue(parseNumber)(discount_rate, 'discount_rate');
        const table = readRevenueRows(revenue, periods);
        const survival = readSurvival(retention, 'retention', table.periods);
        const reads = readRows(
          table.rows.length,
          (row) => table.rows[row].every(isBlank),
          (row) => [simpleClv(table.readRow(table.rows[row]), discount, survival)],
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
          readNumberList(scores, 'scores', 'score', (n) =>
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
          readNumberList(scores, 'scores', 'score', () => null),
          optionalValue(parseNumber, 4)(satisfied_min, 'satisfied_min'),
        ),
      ),
  }),

  CRM_RETENTION_RATE: customFunction({
    description: 'Retention rate (E − N) / S: the share of the starting customers still there at the end.',
    returns: 'The retention rate of each row, from 0 to 1.',
    ...rowFormula(
      'CRM_RETENTION_RATE',
      [
        rowParam('customers_end', 'Customers at the end of the period (E).', parseNumber),
        rowParam('new_customers', 'Customers acquired during the period (N).', parseNumber),
        CUSTOMERS_START,
      ],
      { each: (row) => [retentionRate(row.customers_end, row.new_customers, row.customers_start)] },
    ),
  }),

  CRM_CHURN_RATE: customFunction({
    description: 'Churn rate L / S: the share of the starting customers lost during the period.',
    returns: 'The churn rate of each row, from 0 to 1.',
    ...rowFormula(
      'CRM_CHURN_RATE',
      [rowParam('lost_customers', 'Customers lost during the period (L).', parseNumber), CUSTOMERS_START],
      { each: (row) => [churnRate(row.lost_customers, row.customers_start)] },
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
          readNumberList(order_counts, 'order_counts', 'order count', (n) =>
            Number.isInteger(n) && n >= 0 ? null : 'is not a whole number of orders',
          ),
        ),
      ),
  }),

  CRM_LOYALTY_INDEX: customFunction({
    description: 'Loyalty index: the mean of the repeat rate and the retention rate.',
    returns: 'The loyalty index of each row, from 0 to 1.',
    ...rowFormula(
      'CRM_LOYALTY_INDEX',
      [
        rowParam('repeat_rate', 'Share of customers with 2 or more orders (0 to 1).', parseNumber),
        rowParam('retention_rate', 'Share of customers kept over the period (0 to 1).', parseNumber),
      ],
      { each: (row) => [loyaltyIndex(row.repeat_rate, row.retention_rate)] },
    ),
  }),

  CRM_ROI: customFunction({
    description: 'Return on investment: (revenue − cost) / cost.',
    returns: 'The ROI of each row (1 = earned back twice the cost).',
    ...rowFormula(
      'CRM_ROI',
      [
        rowParam('revenue', 'Revenue the investment brought.', parseNumber),
        rowParam('cost', 'What the investment cost (greater than 0).', parseNumber),
      ],
      { each: (row) => [returnOnInvestment(row.revenue, row.cost)] },
    ),
  }),

  CRM_CLV_SHARE: customFunction({
    description: "Each customer's share of the total lifetime value.",
    returns: 'The share of each value in the total, from 0 to 1.',
    ...rowFormula(
      'CRM_CLV_SHARE',
      [rowParam('clv_values', 'Lifetime value of each customer (0 or more).', parseNonNegative)],
      { all: ({ columns }) => shareOfTotal(columns.clv_values).map((share) => [share]) },
    ),
  }),

  CRM_RFM: customFunction({
    description: 'RFM score (quantile bins, recent = high) and segment name of each customer.',
    returns: 'Two columns: the RFM score such as "545" and the segment name, e.g. Champions.',
    ...rowFormula(
      'CRM_RFM',
      [
        rowParam('recency_days', 'Days since the last purchase (0 or more).', parseNonNegative),
        rowParam('frequency', 'Number of purchases (0 or more).', parseNonNegative),
        rowParam('monetary', 'Money spent (total or average, the same for every row).', parseNumber),
        callParam('bins', 'Optional: score levels from 2 to 9 (default 5).', optionalValue(parseNumber, 5)),
      ],
      {
        // Quantiles are over all the good rows together, so the core runs once on them.
        all: ({ rows }, { bins }) =>
          rfmScores(
            rows.map((row) => ({
              recencyDays: row.recency_days,
              frequency: row.frequency,
              monetary: row.monetary,
            })),
            bins,
          ).map((s) => [s.score, s.segment]),
        width: 2,
      },
    ),
  }),
};
