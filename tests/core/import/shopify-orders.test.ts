import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../src/core/import/csv-table';
import { parseCsv } from '../../../src/core/import/parse-csv';
import { shopifyOrders } from '../../../src/core/import/shopify-orders';

const text = readFileSync(
  new URL('../../fixtures/imports/shopify_orders_export.csv', import.meta.url),
  'utf8',
);
const options = { timeZone: 'Europe/Lisbon', defaultCountry: 'PT' };
const run = () => {
  const parsed = parseCsv(text);
  return shopifyOrders(csvTable(parsed.rows, parsed.lines), options);
};

describe('shopifyOrders (fixture shopify_orders_export.csv)', () => {
  const result = run();
  // Orders by the number people see; their Order ID is the export's numeric Id.
  const order = (number: string) => result.orders.find((o) => o.orderNumber === number);

  it('makes one order of several line-item rows, reading order fields from the first', () => {
    expect(order('#1001')).toEqual({
      row: 2,
      orderId: '5712345678901',
      orderNumber: '#1001',
      email: 'ana.silva@gmail.com',
      phone: '+351910000001',
      name: 'Ana Silva',
      company: '',
      consent: 'yes',
      tags: '',
      // 2024-01-05 10:10:58 +0100 = 09:10:58 UTC.
      date: new Date('2024-01-05T09:10:58Z'),
      amount: 46.9,
      currency: 'EUR',
      product: '2× Soy Candle - Fig; Wick Trimmer',
      quantity: 3,
      status: 'paid',
      customerRef: '',
    });
    // Three rows: 2 + 1 + 1 items; Total 64.00 taken once, not summed over rows.
    expect(order('#1016')).toMatchObject({
      amount: 64,
      quantity: 4,
      product: '2× Soy Candle - Fig; Wick Trimmer; Gift Box',
    });
  });

  it('nets partial refunds, keeps refunds and cancellations with their status', () => {
    // #1002: Total 28.00 − Refunded Amount 10.00 = 18.00, still a sale.
    // The refund is kept, so a later export showing it can be told from another amount.
    expect(order('#1002')).toMatchObject({
      orderId: '5712345678902',
      amount: 18,
      refunded: 10,
      status: 'paid',
      consent: 'no',
      tags: 'repeat, vip',
    });
    // #1005 refunded in full: kept at its gross 30.00 with status refunded.
    expect(order('#1005')).toMatchObject({ amount: 30, status: 'refunded', name: 'Erik Johansson' });
    // #1003 voided with Cancelled at; no email: found by its phone.
    expect(order('#1003')).toMatchObject({ status: 'cancelled', email: '', phone: '+351910000003' });
    expect(order('#1007')).toMatchObject({ status: 'cancelled', amount: 0 });
    expect(order('#1006')).toMatchObject({ status: 'pending' });
  });

  it('converts offsets to instants and reads the billing phone in the billing country', () => {
    // 2024-01-10 23:30:00 -0500 = 2024-01-11 04:30 UTC (the next day in UTC).
    expect(order('#1004')).toMatchObject({
      date: new Date('2024-01-11T04:30:00Z'),
      email: 'dana.k@example.com',
      name: 'Dana Kowalski',
      company: 'Kowalski Design',
      phone: '+12125550198',
    });
  });

  it('neutralises formula-looking text', () => {
    expect(order('#1014')).toMatchObject({
      name: `'=HYPERLINK("http://evil.example","click")`,
      product: "'@SUM(A1:A9)",
      tags: "'-2+3",
    });
  });

  it('rejects bad rows with their line and reason, and imports every other row', () => {
    expect(result.rejected).toEqual([
      { row: 11, column: 'Total', reason: 'not an amount "twelve"' },
      { row: 12, column: 'Created at', reason: 'impossible date "2024-02-30 10:00:00 +0100"' },
      { row: 13, column: 'Name', reason: 'missing Order ID (Name)' },
      { row: 14, column: 'Name', reason: 'duplicate Order ID "#1002" (first at row 4)' },
      { row: 15, column: 'Total', reason: 'error value #N/A' },
      { row: 16, column: 'Total', reason: 'huge number 99999999999999 (more than 1000000000000)' },
      { row: 17, column: 'Lineitem quantity', reason: 'negative quantity -2' },
      { row: 23, column: 'Email', reason: 'no email, phone or name to find the customer' },
    ]);
    expect(result.warnings).toEqual([
      { row: 19, column: 'Email', reason: '"not-an-email" is not an email address; left out' },
      { row: 19, column: 'Phone', reason: `"'+1-555-0100" is not a valid phone number; left out` },
    ]);
    // 36 data rows: 4 line-item continuations and 32 first rows, of which 8 are rejected → 24 orders.
    expect(result.orders).toHaveLength(24);
    expect(result.skipped).toEqual([]);
  });

  it('is idempotent: the same file gives the same (channel, Order ID) keys, each once', () => {
    const again = run();
    const keys = result.orders.map((o) => `${result.channel}|${o.orderId}`);
    expect(again.orders.map((o) => `${again.channel}|${o.orderId}`)).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reports line items whose first row is in another part of a split file', () => {
    const parsed = parseCsv(text);
    const table = csvTable(parsed.rows, parsed.lines);
    // Keep only the continuation row of #1001 (line 3).
    const part = { header: table.header, rows: [table.rows[1]], lines: [table.lines[1]] };
    const split = shopifyOrders(part, options);
    expect(split.orders).toEqual([]);
    expect(split.skipped).toEqual([
      {
        row: 3,
        column: 'Name',
        reason: 'line item of order #1001, whose first row (with its total) is not in this part of the file',
      },
    ]);
  });

  it('refuses a file that is not a Shopify orders export', () => {
    const result = shopifyOrders({ header: ['id', 'Amount'], rows: [], lines: [] }, options);
    expect(result.rejected).toEqual([
      {
        row: 1,
        column: 'Name, Email, Financial Status, Created at, Total',
        reason: 'not a Shopify orders export: missing Name, Email, Financial Status, Created at, Total',
      },
    ]);
  });
});
