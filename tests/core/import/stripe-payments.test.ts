import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../src/core/import/csv-table';
import { parseCsv } from '../../../src/core/import/parse-csv';
import { stripePayments } from '../../../src/core/import/stripe-payments';

const load = (name: string) =>
  readFileSync(new URL(`../../fixtures/imports/${name}`, import.meta.url), 'utf8');
const options = { timeZone: 'Europe/Berlin', defaultCountry: 'PT' };
const run = (text: string) => {
  const parsed = parseCsv(text);
  return stripePayments(csvTable(parsed.rows, parsed.lines), options);
};

describe('stripePayments (fixture stripe_unified_payments.csv)', () => {
  const text = load('stripe_unified_payments.csv');
  const result = run(text);
  const order = (id: string) => result.orders.find((o) => o.orderId === id);

  it('reads payments in UTC whatever the spreadsheet zone, net of partial refunds', () => {
    expect(order('ch_3Pa1AaA1b2C3d4E50aa11bb2')).toEqual({
      row: 2,
      orderId: 'ch_3Pa1AaA1b2C3d4E50aa11bb2',
      email: 'ana.silva+candles@googlemail.com',
      phone: '',
      name: 'Ana Silva',
      company: '',
      consent: '',
      tags: '',
      date: new Date('2024-02-01T09:15:02Z'),
      amount: 49,
      currency: 'EUR',
      product: 'Candle workshop',
      quantity: 1,
      status: 'paid',
      customerRef: 'cus_Q1a2B3c4D5e6F7',
    });
    // 120.00 − 40.00 refunded = 80.00, status still Paid.
    expect(order('ch_3Pa2BbA1b2C3d4E51cc22dd3')).toMatchObject({ amount: 80, status: 'paid' });
    expect(order('ch_3Pa3CcA1b2C3d4E52ee33ff4')).toMatchObject({ amount: 9.99, status: 'refunded' });
    // "1,250.00" in usd: thousands separator, currency upper-cased.
    expect(order('ch_3Pa5EeA1b2C3d4E54ii55jj6')).toMatchObject({ amount: 1250, currency: 'USD' });
    expect(order('py_3Pa6FfA1b2C3d4E55kk66ll7')).toMatchObject({ status: 'pending' });
  });

  it('skips failed and incomplete payments and rejects bad rows with reasons', () => {
    expect(result.skipped).toEqual([
      { row: 5, column: 'Status', reason: 'Failed payment is not an order' },
      { row: 6, column: 'Status', reason: 'requires_payment_method payment is not an order' },
    ]);
    expect(result.rejected).toEqual([
      { row: 9, column: 'Amount', reason: 'not an amount "abc"' },
      { row: 10, column: 'Created date (UTC)', reason: 'impossible date "2024-13-01 10:00:00"' },
      { row: 11, column: 'id', reason: 'duplicate Order ID "ch_3Pa2BbA1b2C3d4E51cc22dd3" (first at row 3)' },
      { row: 12, column: 'Amount', reason: 'error value #N/A' },
      { row: 13, column: 'Amount', reason: 'huge number 5000000000000000 (more than 1000000000000)' },
      { row: 14, column: 'Customer Email', reason: 'no email, phone or name to find the customer' },
    ]);
    // 33 data rows − 2 skipped − 6 rejected = 25 orders.
    expect(result.orders).toHaveLength(25);
  });

  it('gives the same orders when the file is parsed in three parts (resumed imports)', () => {
    const first = parseCsv(text, { maxRows: 12 });
    const header = first.rows[0];
    const second = parseCsv(text, {
      offset: first.nextOffset,
      line: first.nextLine,
      delimiter: ',',
      maxRows: 11,
    });
    const third = parseCsv(text, { offset: second.nextOffset, line: second.nextLine, delimiter: ',' });
    expect(third.done).toBe(true);
    const parts = [
      stripePayments(csvTable(first.rows, first.lines), options),
      stripePayments({ header, rows: second.rows, lines: second.lines }, options),
      stripePayments({ header, rows: third.rows, lines: third.lines }, options),
    ];
    expect(parts.flatMap((p) => p.orders)).toEqual(result.orders);
  });
});

describe('stripePayments (fixture stripe_unified_payments_all_columns.csv)', () => {
  it('skips test-mode payments and reads phone and card name of "all columns" exports', () => {
    const result = run(load('stripe_unified_payments_all_columns.csv'));
    expect(result.skipped).toEqual([{ row: 3, column: 'Mode', reason: 'test-mode payment' }]);
    expect(result.orders.map((o) => [o.orderId, o.email, o.phone, o.name, o.currency])).toEqual([
      ['ch_live0001', 'a.n.a.silva@gmail.com', '+351910000001', 'Ana Silva', 'EUR'],
      ['ch_live0002', 'liam@example.co.uk', '+447911123456', 'Liam Hughes', 'GBP'],
    ]);
  });
});

describe('stripePayments: authorised charges', () => {
  it('imports an uncaptured charge as pending, whatever its Status says', () => {
    const result = run(
      [
        'id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Status,Customer Email',
        'ch_1,2024-02-01 09:15:02,49.00,0.00,eur,false,Paid,ana@example.com',
        'ch_2,2024-02-01 09:16:02,20.00,0.00,eur,false,Uncaptured,ben@example.com',
        'ch_3,2024-02-01 09:17:02,30.00,0.00,eur,true,Paid,cy@example.com',
      ].join('\n'),
    );
    expect(result.orders.map((o) => [o.orderId, o.status, o.amount])).toEqual([
      ['ch_1', 'pending', 49],
      ['ch_2', 'pending', 20],
      ['ch_3', 'paid', 30],
    ]);
  });
});
