import { describe, expect, it } from 'vitest';
import { summarizeTransactionColumns } from '../../../src/core/btyd/summarize-transaction-columns';
import { summarizeTransactions } from '../../../src/core/btyd/summarize-transactions';
import { dayNumber, loadSampleTransactions } from './cdnow-fixture';

describe('summarizeTransactionColumns', () => {
  it('gives, column by column, the same figures as the per-customer summary on the CDNOW sample', () => {
    const transactions = loadSampleTransactions();
    const options = { asOfDay: dayNumber('19970930'), unit: 'weeks' } as const;
    const columns = summarizeTransactionColumns(transactions, options);
    const rows = summarizeTransactions(transactions, options);
    expect(columns.customerIds).toEqual(rows.map((r) => r.customerId));
    for (const field of [
      'frequency',
      'recency',
      'T',
      'monetaryValue',
      'firstDay',
      'lastDay',
      'orders',
      'revenue',
    ] as const) {
      expect(Array.from(columns[field]), field).toEqual(rows.map((r) => r[field]));
    }
  });

  it('sorts each customer’s days when the log is out of order and merges same-day purchases', () => {
    // Hand-computed: A buys on days 3 (20), 10 (4), 17 (7 + 3 merged) and 40 (after the as-of day 35,
    // ignored): frequency 2, recency 14 days, T 32 days, monetary value (4 + 10) / 2 = 7, revenue 34.
    const transactions = Object.freeze([
      Object.freeze({ customerId: 'A', day: 17, amount: 7 }),
      Object.freeze({ customerId: 'A', day: 40, amount: 100 }),
      Object.freeze({ customerId: 'A', day: 3, amount: 20 }),
      Object.freeze({ customerId: 'B', day: 36, amount: 1 }),
      Object.freeze({ customerId: 'A', day: 10, amount: 4 }),
      Object.freeze({ customerId: 'A', day: 17, amount: 3 }),
    ]);
    const columns = summarizeTransactionColumns(transactions, { asOfDay: 35, unit: 'days' });
    expect(columns.customerIds).toEqual(['A']);
    expect(Array.from(columns.frequency)).toEqual([2]);
    expect(Array.from(columns.recency)).toEqual([14]);
    expect(Array.from(columns.T)).toEqual([32]);
    expect(Array.from(columns.monetaryValue)).toEqual([7]);
    expect(Array.from(columns.firstDay)).toEqual([3]);
    expect(Array.from(columns.lastDay)).toEqual([17]);
    expect(Array.from(columns.orders)).toEqual([4]);
    expect(Array.from(columns.revenue)).toEqual([34]);
  });

  it('names the transaction with a day that is not whole or an amount that is not finite', () => {
    expect(() =>
      summarizeTransactionColumns(
        [
          { customerId: 'A', day: 1, amount: 1 },
          { customerId: 'A', day: 1.5, amount: 1 },
        ],
        {
          unit: 'days',
        },
      ),
    ).toThrow('transaction 2: the day is not a whole number (1.5)');
    expect(() =>
      summarizeTransactionColumns([{ customerId: 'A', day: 1, amount: Number.NaN }], { unit: 'days' }),
    ).toThrow('transaction 1: the amount is not a finite number');
  });
});
