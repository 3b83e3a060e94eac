import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../src/core/import/csv-table';
import { parseCsv } from '../../../src/core/import/parse-csv';
import { woocommerceOrders } from '../../../src/core/import/woocommerce-orders';

const run = (name: string, options = {}) => {
  const parsed = parseCsv(readFileSync(new URL(`../../fixtures/imports/${name}`, import.meta.url), 'utf8'));
  return woocommerceOrders(csvTable(parsed.rows, parsed.lines), {
    timeZone: 'Europe/London',
    defaultCountry: 'GB',
    defaultCurrency: 'GBP',
    ...options,
  });
};

describe('woocommerceOrders: Analytics download (fixture woocommerce_analytics_orders.csv)', () => {
  const result = run('woocommerce_analytics_orders.csv');
  const order = (id: string) => result.orders.find((o) => o.orderId === id);

  it('reads site-local dates in the store zone, names only, the default currency', () => {
    // 2024-03-05 14:22:10 in London (GMT until 31 March) is 14:22:10 UTC.
    expect(order('1041')).toMatchObject({
      date: new Date('2024-03-05T14:22:10Z'),
      name: 'Ava Example',
      email: '',
      amount: 38.5,
      currency: 'GBP',
      product: '2× Fig Candle, 1× Wick Trimmer',
      quantity: 3,
      status: 'paid',
    });
    expect(order('1044')?.status).toBe('pending');
    expect(order('1043')?.status).toBe('refunded');
    expect(order('1045')?.status).toBe('cancelled');
    // A refund object's negative total is a refund, never a sale.
    expect(order('1051')).toMatchObject({ amount: -12, status: 'refunded' });
    expect(order('1049')?.name).toBe(`'=HYPERLINK("http://evil.example")`);
  });

  it('reads the same instants in another store zone', () => {
    // Summer time: 2024-04-01 02:14 in London (BST, +1) = 01:14 UTC; in New York (EDT, −4) = 06:14 UTC.
    const london = run('woocommerce_analytics_orders.csv').orders.find((o) => o.orderId === '1052');
    const newYork = run('woocommerce_analytics_orders.csv', { timeZone: 'America/New_York' }).orders.find(
      (o) => o.orderId === '1052',
    );
    expect(london?.date).toEqual(new Date('2024-04-01T01:14:00Z'));
    expect(newYork?.date).toEqual(new Date('2024-04-01T06:14:00Z'));
  });

  it('rejects bad rows and skips failed orders', () => {
    expect(result.rejected).toEqual([
      { row: 8, column: 'Net sales', reason: 'not an amount "twelve"' },
      { row: 9, column: 'Date', reason: 'impossible date "2024-03-32 12:00:00"' },
      { row: 10, column: 'Order #', reason: 'missing Order ID' },
      { row: 11, column: 'Order #', reason: 'duplicate Order ID "1042" (first at row 3)' },
      { row: 13, column: 'Items sold', reason: 'negative quantity -1' },
    ]);
    expect(result.skipped).toEqual([{ row: 7, column: 'Status', reason: 'failed payment is not an order' }]);
    // 33 data rows − 1 skipped − 5 rejected = 27.
    expect(result.orders).toHaveLength(27);
  });
});

describe('woocommerceOrders: Advanced Order Export (fixture woocommerce_advanced_order_export.csv)', () => {
  const result = run('woocommerce_advanced_order_export.csv');
  const order = (id: string) => result.orders.find((o) => o.orderId === id);

  it('groups product rows by Order Number and takes totals once', () => {
    expect(order('1041')).toMatchObject({
      email: 'ava@example.com',
      phone: '+447911123456',
      name: 'Ava Example',
      amount: 43.5,
      product: '2× Fig Candle; Wick Trimmer',
      quantity: 3,
      status: 'paid',
      date: new Date('2024-03-05T14:22:00Z'),
    });
    // 30.50 − 10.00 refunded = 20.50.
    expect(order('1042')).toMatchObject({ email: 'ben.okafor@example.com', amount: 20.5, status: 'paid' });
    expect(order('1043')?.status).toBe('pending');
    expect(order('1044')).toMatchObject({ status: 'cancelled', phone: '+12125550198' });
    expect(order('1045')).toMatchObject({ status: 'refunded', amount: 17.5 });
  });

  it('reports the repeated order, a decimal comma in a dot file, a bad date and a bad email', () => {
    expect(result.rejected).toEqual([
      { row: 8, column: 'Order Total Amount', reason: 'not an amount "1.234,50"' },
      { row: 9, column: 'Order Date', reason: 'not a date "not a date"' },
      { row: 10, column: 'Order Number', reason: 'duplicate Order ID "1041" (first at row 2)' },
    ]);
    expect(result.warnings).toEqual([
      { row: 11, column: 'Email (Billing)', reason: `"'@hana" is not an email address; left out` },
    ]);
    expect(order('1048')).toMatchObject({ email: '', name: 'Hana Ito' });
  });
});

describe('woocommerceOrders: unknown layout', () => {
  it('rejects a file that is neither export', () => {
    const result = woocommerceOrders({ header: ['Invoice'], rows: [], lines: [] }, { timeZone: 'UTC' });
    expect(result.rejected[0].row).toBe(1);
    expect(result.rejected[0].reason).toMatch(/^not a WooCommerce orders export/);
  });
});

describe('woocommerceOrders: an export with the order id', () => {
  it('keys orders by Order ID, keeping the Order Number as their number', () => {
    const parsed = parseCsv(
      [
        'Order ID,Order Number,Order Status,Order Date,Email (Billing),First Name (Billing),Item Name,Quantity,Order Total Amount',
        '5301,WC-1041,Completed,2024-03-05 14:22,ava@example.com,Ava,Fig Candle,2,43.50',
        '5302,WC-1041,On hold,2024-03-06 10:00,ben@example.com,Ben,Gift Box,1,30.00',
      ].join('\n'),
    );
    const result = woocommerceOrders(csvTable(parsed.rows, parsed.lines), { timeZone: 'UTC' });
    expect(result.rejected).toEqual([]);
    expect(result.orders.map((o) => [o.orderId, o.orderNumber, o.email, o.amount, o.status])).toEqual([
      ['5301', 'WC-1041', 'ava@example.com', 43.5, 'paid'],
      ['5302', 'WC-1041', 'ben@example.com', 30, 'pending'],
    ]);
  });
});
