import { describe, expect, it } from 'vitest';
import { CUSTOMER_COMPUTED_HEADERS } from '../../../src/app/tab-layouts';
import { customerColumns, type PerCustomer } from '../../../src/core/analytics/customer-columns';
import type { Engagement } from '../../../src/core/analytics/engagement';
import { contentOf, day, table } from './analytics-tables';

const now = new Date(Date.UTC(2024, 5, 1, 12));
const customers = table('customers', [
  { 'Customer ID': 'C1', Email: 'Ana@example.com', Segments: 'VIP, Spring buyers' },
  { 'Customer ID': 'C2', Email: 'ben@example.com' },
  { 'Customer ID': 'C1', Email: 'other@example.com' }, // a repeated ID: the first row counts
  { 'Customer ID': '', Email: 'nobody@example.com' },
  { 'Customer ID': 'C3', Email: 'chloe@example.com' },
]);
const engagement: Engagement = {
  lastNps: (email) => (email === 'ana@example.com' ? 3 : undefined),
  lastContacted: (id) => (id === 'C2' ? day('2024-05-10') : undefined),
};

function facts(over: Partial<PerCustomer> = {}): PerCustomer {
  return {
    totals: new Map([
      ['C1', { orders: 3, revenue: 118, first: day('2024-01-05'), last: day('2024-03-05'), lastDay: 19787 }],
      ['C2', { orders: 1, revenue: 10, first: day('2024-05-02'), last: day('2024-05-02'), lastDay: 19845 }],
    ]),
    summaries: new Map([
      [
        'C1',
        {
          customerId: 'C1',
          frequency: 2,
          recency: 60,
          T: 148.123456,
          monetaryValue: 39,
          firstDay: 0,
          lastDay: 0,
          orders: 3,
          revenue: 118,
        },
      ],
      [
        'C2',
        {
          customerId: 'C2',
          frequency: 0,
          recency: 0,
          T: 30,
          monetaryValue: 0,
          firstDay: 0,
          lastDay: 0,
          orders: 1,
          revenue: 10,
        },
      ],
    ]),
    models: {
      purchase: { kind: 'bgnbd', params: { r: 1, alpha: 1, a: 1, b: 1 } },
      purchaseProblem: '',
      gg: { p: 1, q: 2, gamma: 1 },
      ggProblem: '',
    },
    scores: {
      scores: new Map([['C1', { alive: 0.123456, expected: 0.98765, clv: 45.678 }]]),
      problems: new Map([['C2', 'the fitted model cannot score this customer (bad row)']]),
    },
    rfm: new Map([
      ['C1', { r: 5, f: 5, m: 5, score: '555', segment: 'Champions' as const }],
      ['C2', { r: 3, f: 1, m: 2, score: '312', segment: 'Promising' as const }],
    ]),
    clusters: { of: new Map([['C1', 2]]), problem: '' },
    recommended: new Map([
      ['C1', ['=Odd', 'Box']],
      ['C2', []],
    ]),
    engagement,
    ...over,
  };
}

describe('customerColumns', () => {
  it('writes every computed column of each customer, rounded, the first row of a repeated ID only', () => {
    const before = contentOf(customers);
    const values = customerColumns(customers, facts(), { gmailDots: false, now });
    expect([...values.keys()]).toEqual(['C1', 'C2', 'C3']);
    // Every computed column but Segments, which saved segments write.
    expect([...values.get('C1')!.keys()].sort()).toEqual(
      CUSTOMER_COMPUTED_HEADERS.filter((h) => h !== 'Segments').sort(),
    );
    expect(Object.fromEntries(values.get('C1')!)).toEqual({
      Orders: 3,
      Revenue: 118,
      'First order': day('2024-01-05'),
      'Last order': day('2024-03-05'),
      Frequency: 2,
      Recency: 60,
      T: 148.1235,
      'Avg order value': 39.33, // 118 / 3
      'P(alive)': 0.1235,
      'Churn risk': 0.8765,
      'Expected orders 90d': 0.9877,
      'Predicted CLV 12m': 45.68,
      RFM: '555',
      'RFM segment': 'Champions',
      Cluster: 2,
      'Lead score': 100, // round(100 · (5 + 5 + 5 − 3) / 12)
      'Last NPS': 3,
      // Never contacted: blank, as the header note says.
      'Last contacted': '',
      // The list would start a formula: it gets the apostrophe back.
      Recommended: "'=Odd, Box",
      'Updated at': now,
      'Why blank': '',
    });
    expect(contentOf(customers)).toBe(before);
  });

  it('leaves a value that cannot be computed blank and writes the reason in Why blank', () => {
    const values = customerColumns(customers, facts(), { gmailDots: false, now });
    expect(Object.fromEntries(values.get('C2')!)).toMatchObject({
      'P(alive)': '',
      'Churn risk': '',
      'Expected orders 90d': '',
      'Predicted CLV 12m': '',
      'Lead score': 25, // round(100 · (3 + 1 + 2 − 3) / 12)
      'Last NPS': '',
      'Last contacted': day('2024-05-10'),
      Recommended: '',
      Cluster: '',
      'Why blank':
        'P(alive), Churn risk, Expected orders 90d: the fitted model cannot score this customer (bad row); ' +
        'Predicted CLV 12m, Cluster: not computed; Recommended: no other products to suggest',
    });
    const chloe = Object.fromEntries(values.get('C3')!);
    expect(chloe).toMatchObject({ Orders: 0, Revenue: 0, 'Last NPS': '', 'Why blank': 'no orders yet' });
    const computed = [
      'First order',
      'Last order',
      'Frequency',
      'Recency',
      'T',
      'Avg order value',
      'P(alive)',
      'Churn risk',
      'Expected orders 90d',
      'Predicted CLV 12m',
      'RFM',
      'RFM segment',
      'Cluster',
      'Lead score',
      'Recommended',
    ];
    for (const header of computed) expect(chloe[header]).toBe('');
  });

  it('never puts text in a number or date column', () => {
    const values = customerColumns(customers, facts(), { gmailDots: false, now });
    const textColumns = new Set(['RFM', 'RFM segment', 'Recommended', 'Why blank']);
    for (const row of values.values())
      for (const [header, value] of row)
        if (!textColumns.has(header)) expect(typeof value === 'string' ? value : '').toBe('');
  });

  it("gives the model's problem to every buyer when the fit failed", () => {
    const models = {
      purchase: null,
      purchaseProblem: 'model fit failed: x',
      gg: null,
      ggProblem: 'spend model fit failed: y',
    };
    const failed = facts({ models, scores: { scores: new Map(), problems: new Map() } });
    const values = customerColumns(customers, failed, { gmailDots: false, now });
    expect(values.get('C1')?.get('P(alive)')).toBe('');
    expect(values.get('C1')?.get('Predicted CLV 12m')).toBe('');
    expect(values.get('C1')?.get('Why blank')).toBe(
      'P(alive), Churn risk, Expected orders 90d, Predicted CLV 12m: model fit failed: x',
    );
    expect(values.get('C2')?.get('Expected orders 90d')).toBe('');
    expect(values.get('C2')?.get('Why blank')).toBe(
      'P(alive), Churn risk, Expected orders 90d, Predicted CLV 12m: model fit failed: x; ' +
        'Cluster: not computed; Recommended: no other products to suggest',
    );
  });

  it('gives the spend problem as the CLV and the clustering problem as the Cluster of buyers', () => {
    const noSpend = facts({
      models: { ...facts().models, gg: null, ggProblem: 'needs repeat orders with a positive amount' },
      scores: {
        scores: new Map([['C1', { alive: 0.5, expected: 1, clv: Number.NaN }]]),
        problems: new Map(),
      },
      clusters: { of: new Map(), problem: 'too few distinct customers to form clusters' },
    });
    const values = customerColumns(customers, noSpend, { gmailDots: false, now });
    expect(values.get('C1')?.get('P(alive)')).toBe(0.5);
    expect(values.get('C1')?.get('Predicted CLV 12m')).toBe('');
    expect(values.get('C1')?.get('Cluster')).toBe('');
    expect(values.get('C1')?.get('Why blank')).toBe(
      'Predicted CLV 12m: needs repeat orders with a positive amount; Cluster: too few distinct customers to form clusters',
    );
    expect(values.get('C3')?.get('Cluster')).toBe('');
    expect(values.get('C3')?.get('Why blank')).toBe('no orders yet');
  });
});
