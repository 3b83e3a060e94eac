import { describe, expect, it } from 'vitest';
import type { ModelChoice } from '../../../src/core/analytics/choose-purchase-model';
import { type DashboardFacts, dashboardKpis } from '../../../src/core/analytics/dashboard-kpis';
import { dashboardSheet } from '../../../src/core/analytics/dashboard-sheet';
import type { Transaction } from '../../../src/core/analytics/read-transactions';
import { dataMaturity } from '../../../src/core/analytics/young-business';
import { FREQUENCY_GROUPS, type ModelCheck } from '../../../src/core/btyd/model-check';
import { table } from './analytics-tables';

const at = (customerId: string, day: number, amount: number): Transaction =>
  Object.freeze({ customerId, day, amount, product: '', date: new Date(day * 86_400_000) });

const surveys = table('surveys', [
  { NPS: 10, CSAT: 5 },
  { NPS: 9, CSAT: 4 },
  { NPS: 3, CSAT: 2 },
  { NPS: 'n/a', CSAT: '' }, // not answers
]);

function facts(over: Partial<DashboardFacts> = {}): DashboardFacts {
  const transactions = Object.freeze([
    at('A', 300, 40),
    at('A', 900, 60),
    at('B', 950, 10.005),
    at('C', 600, 5),
  ]);
  return {
    base: 'EUR',
    customers: 4,
    transactions,
    excludedCount: 2,
    totals: new Map([
      ['A', { orders: 2, revenue: 100, first: new Date(0), last: new Date(0), lastDay: 900 }],
      ['B', { orders: 1, revenue: 10.005, first: new Date(0), last: new Date(0), lastDay: 950 }],
      ['C', { orders: 1, revenue: 5, first: new Date(0), last: new Date(0), lastDay: 600 }],
    ]),
    scores: new Map([
      ['A', { alive: 0.8, expected: 1, clv: 50.123 }],
      ['B', { alive: 0.5, expected: 1, clv: 20 }],
      ['C', { alive: 0.2, expected: 0, clv: Number.NaN }],
    ]),
    models: {
      purchase: { kind: 'bgnbd', params: { r: 1, alpha: 1, a: 1, b: 1 } },
      purchaseProblem: '',
      gg: { p: 1, q: 2, gamma: 1 },
      ggProblem: '',
    },
    maturity: dataMaturity([]),
    asOfDay: 1000,
    surveys,
    discountRate: 0.01,
    ...over,
  };
}

describe('dashboardKpis', () => {
  it('lists the KPIs in order with values checked by hand', () => {
    const maturity = { repeaters: 1, young: true, penalizer: 0.01, rough: ' (rough)' };
    expect(dashboardKpis(facts({ maturity }))).toEqual([
      { kpi: 'Customers', value: 4, note: 'rows of Customers with a Customer ID', format: 'count' },
      { kpi: 'Active customers', value: 2, note: 'P(alive) ≥ 0.5 (rough)', format: 'count' }, // A and B
      {
        kpi: 'Revenue (EUR)',
        value: 115.01,
        note: '4 orders used; 2 left out (see Problems)',
        format: 'money',
      },
      { kpi: 'Repeat rate', value: 0.3333, note: 'share of buyers with 2 or more orders', format: 'share' }, // A of 3
      {
        // As of day 1000: A and C were active a year ago (orders in (270, 635]), A and B now, B is new.
        kpi: 'Retention (12 months)',
        value: 0.5, // (2 − 1) / 2
        note: '(E − N) / S with S = 2 active a year ago, E = 2 active now, N = 1 new',
        format: 'share',
      },
      { kpi: 'NPS', value: 33.3, note: '3 answers', format: 'score' }, // 2/3 promoters − 1/3 detractors
      { kpi: 'CSAT', value: 0.6667, note: 'share of 3 answers ≥ 4', format: 'share' },
      {
        kpi: 'Total predicted CLV 12m (EUR)',
        value: 70.12, // 50.123 + 20; C has none
        note: 'BG/NBD + Gamma-Gamma, 0.01 monthly discount (rough)',
        format: 'money',
      },
      {
        kpi: 'Data',
        value: 'young business',
        note: 'only 1 customers with repeat orders: the models are fitted with a small L2 penalty and the estimates are rough',
        format: 'text',
      },
    ]);
  });

  it('gives an empty value and the reason for what cannot be computed', () => {
    const none = facts({
      base: '',
      customers: 1,
      transactions: [],
      excludedCount: 0,
      totals: new Map(),
      scores: new Map(),
      models: {
        purchase: null,
        purchaseProblem: 'needs customers with repeat orders to fit the model',
        gg: null,
        ggProblem: 'x',
      },
      surveys: table('surveys', []),
      maturity: { repeaters: 30, young: false, penalizer: 0, rough: '' },
    });
    expect(dashboardKpis(none)).toEqual([
      { kpi: 'Customers', value: 1, note: 'rows of Customers with a Customer ID', format: 'count' },
      {
        kpi: 'Active customers',
        value: '',
        note: 'needs customers with repeat orders to fit the model',
        format: 'count',
      },
      {
        kpi: 'Revenue (no currency)',
        value: 0,
        note: '0 orders used; 0 left out (see Problems)',
        format: 'money',
      },
      { kpi: 'Repeat rate', value: '', note: 'no orders yet', format: 'share' },
      { kpi: 'Retention (12 months)', value: '', note: 'needs orders older than a year', format: 'share' },
      { kpi: 'NPS', value: '', note: 'no NPS answers in Surveys', format: 'score' },
      { kpi: 'CSAT', value: '', note: 'no CSAT answers in Surveys', format: 'share' },
      {
        kpi: 'Total predicted CLV 12m',
        value: '',
        note: 'needs customers with repeat orders to fit the model',
        format: 'money',
      },
    ]);
    const noOrders = { ...none, models: { purchase: null, purchaseProblem: '', gg: null, ggProblem: '' } };
    expect(dashboardKpis(noOrders)[1]).toEqual({
      kpi: 'Active customers',
      value: '',
      note: 'no orders yet',
      format: 'count',
    });
  });
});

describe('the Dashboard rows and blocks of the chosen model', () => {
  const check: ModelCheck = Object.freeze({
    model: 'mbgnbd',
    params: { r: 1, alpha: 1, a: 1, b: 1 },
    byFrequency: FREQUENCY_GROUPS.map((frequency, i) => ({
      frequency,
      customers: 10,
      predicted: i + 0.25,
      actual: i,
    })),
    weekly: [
      { week: 1, date: '2024-01-07', predictedCumulative: 1.04, actualCumulative: 1 },
      { week: 2, date: '2024-01-14', predictedCumulative: 3.5, actualCumulative: 4 },
    ],
    mae: 0.21,
    // Predicted 8 × 0.25 = 2 more than the 28 made.
    bias: 2 / 28,
    calibrationCustomers: 80,
    holdoutWeeks: 13,
  });
  const choice: ModelChoice = {
    model: 'mbgnbd',
    basis: 'holdout',
    sentence:
      'Purchases are predicted with the modified BG/NBD model: on the last 13 weeks it was off by 0.21 orders per customer.',
    check,
    maes: { mbgnbd: 0.21 },
    fit: null,
  };

  it('says which model, why, and how far the check was off in all', () => {
    const small = {
      tiny: true,
      customers: 4,
      repeaters: 1,
      logPenalizer: 0.1,
      note: 'penalised: only 4 customers',
    };
    const rows = dashboardKpis(facts({ choice, small })).filter(
      (k) => k.kpi.startsWith('Purchase model') || k.kpi === 'Model check',
    );
    expect(rows).toEqual([
      {
        kpi: 'Purchase model',
        value: 'modified BG/NBD',
        note: 'predicted the last 13 weeks best (see "Why this model" below); penalised: only 4 customers',
        format: 'text',
      },
      {
        kpi: 'Model check',
        value: '+7.1 %',
        note: 'predicted 30 repeat orders in the last 13 weeks; 28 were made',
        format: 'text',
      },
    ]);
  });

  it('writes the check as two blocks, each with the chart that plots it', () => {
    const sheet = dashboardSheet(dashboardKpis(facts({ choice })), [], [], 'EUR', choice);
    const [byFrequency, weekly] = sheet.charts.slice(-2);
    expect(byFrequency).toMatchObject({
      kind: 'column',
      title: 'Predicted and actual repeat orders in the last 13 weeks',
    });
    expect(weekly).toMatchObject({ kind: 'line', title: 'Cumulative repeat orders: predicted and actual' });
    const block = (range: { row: number; rows: number }) =>
      sheet.cells.slice(range.row - 1, range.row - 1 + range.rows);
    expect(block(byFrequency.source)).toEqual([
      ['Repeat orders before', 'Predicted', 'Actual'],
      ...FREQUENCY_GROUPS.map((f, i) => [f, i + 0.3, i]),
    ]);
    expect(block(weekly.source)).toEqual([
      ['Week ending', 'Predicted', 'Actual'],
      ['2024-01-07', 1, 1],
      ['2024-01-14', 3.5, 4],
    ]);
    expect(sheet.cells[byFrequency.source.row - 2]).toEqual([
      'Model check: repeat orders in the last 13 weeks, by repeat orders before them',
    ]);
    // The sentence has lines of its own below the KPIs, short enough to stay clear of the charts.
    const why = sheet.cells.findIndex((row) => row[0] === 'Why this model');
    expect(sheet.cells.slice(why + 1, why + 3)).toEqual([
      ['Purchases are predicted with the modified BG/NBD model: on the last 13 weeks it was off by 0.21'],
      ['orders per customer.'],
    ]);
    // Without a check there are no such blocks.
    expect(dashboardSheet([], [], [], 'EUR').charts.map((c) => c.kind)).not.toContain('line');
  });
});
