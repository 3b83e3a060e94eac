// metricsInWords: the computed Customers columns as a person reads them.
import { describe, expect, it } from 'vitest';
import { metricsInWords } from '../../../src/core/customer/metrics-in-words';
import type { TabTable } from '../../../src/core/table/columns';
import { toSheetTable } from '../../../src/core/table/sheet-table';

const HEADER = [
  'Customer ID',
  'Orders',
  'Revenue',
  'P(alive)',
  'Churn risk',
  'Predicted CLV 12m',
  'RFM segment',
  'Last order',
  'Last NPS',
];
const NOW = new Date('2024-06-01T12:00:00Z');

function table(...rows: unknown[][]): TabTable<'customers'> {
  return toSheetTable('Customers', [HEADER, ...rows] as never) as TabTable<'customers'>;
}

describe('metricsInWords', () => {
  it('says each metric in words, with its level and value', () => {
    const customers = table([
      'C1',
      4,
      1234.5,
      0.82,
      0.65,
      2500,
      'Champions',
      new Date('2024-05-20T22:00:00Z'),
      9,
    ]);
    expect(metricsInWords(customers, 0, NOW, 'Europe/Berlin')).toEqual([
      { label: 'Likely to buy again', value: 'high (82 %)' },
      { label: 'Churn risk', value: 'high (65 %)' },
      { label: 'Predicted value, next 12 months', value: '2,500.00' },
      { label: 'Orders', value: '4, revenue 1,234.50' },
      { label: 'RFM segment', value: 'Champions' },
      // Midnight of 21 May in Berlin is 22:00 UTC the day before.
      { label: 'Last order', value: '2024-05-21 (11 days ago)' },
      { label: 'Last NPS', value: '9' },
    ]);
  });

  it('uses the thresholds 70/40 % for buying again and 60/30 % for churn', () => {
    const words = (p: number, churn: number) =>
      metricsInWords(table(['C1', '', '', p, churn]), 0, NOW, 'Etc/UTC').map((m) => m.value);
    expect(words(0.7, 0.6)).toEqual(['high (70 %)', 'high (60 %)']);
    expect(words(0.4, 0.3)).toEqual(['medium (40 %)', 'medium (30 %)']);
    expect(words(0.39, 0.29)).toEqual(['low (39 %)', 'low (29 %)']);
  });

  it('gives no line for an empty cell (a refresh not run yet)', () => {
    expect(metricsInWords(table(['C1']), 0, NOW, 'Etc/UTC')).toEqual([]);
  });
});

describe('metricsInWords where RFM and churn risk disagree', () => {
  it('says why after the RFM segment', () => {
    const header = [
      'Customer ID',
      'Orders',
      'P(alive)',
      'Churn risk',
      'RFM segment',
      'First order',
      'Last order',
      'Frequency',
    ];
    const customers = toSheetTable('Customers', [
      header,
      ['C1', 3, 0.8, 0.2, 'Lost', new Date('2023-07-01T00:00:00Z'), new Date('2024-01-01T00:00:00Z'), 2],
    ] as never) as TabTable<'customers'>;
    const lines = metricsInWords(customers, 0, NOW, 'Etc/UTC');
    const at = lines.findIndex((l) => l.label === 'RFM segment');
    // 184 days over 2 repeat orders: one every 92 days, 3 months; 152 days since the last order.
    expect(lines[at + 1]).toEqual({
      label: 'RFM and churn risk',
      value:
        'RFM ranks the time since the last order against all customers, and 5 months puts them in Lost; the ' +
        'model judges it against their own pace: they usually order every 3 months, so it still expects them ' +
        'back (P(alive) 80 %).',
      sentence: true,
    });
  });
});
