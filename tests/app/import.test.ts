import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { importCsv, previewImport } from '../../src/app/import';
import type { Cell, Ports } from '../../src/app/ports';
import { refreshAnalytics } from '../../src/app/refresh';
import { setup } from '../../src/app/setup';
import { undoLastOperation } from '../../src/app/undo';
import { type MemoryWorkbook, memoryPorts } from './memory-ports';

// The realistic exports of tests/fixtures/imports (see its README for their sources and bad rows).
const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/imports', name), 'utf8');
const SHOPIFY = fixture('shopify_orders_export.csv');
const STRIPE = fixture('stripe_unified_payments.csv');
const WOO = fixture('woocommerce_advanced_order_export.csv');
const FORMS = fixture('google_forms_responses.csv');
const GENERIC = fixture('generic_invoices_semicolon.csv');
const GENERIC_MAP = {
  'Order ID': 'Invoice',
  Email: 'E-mail',
  Name: 'Client',
  Phone: 'Telefon',
  Date: 'Paid on',
  Amount: 'Total',
  Currency: 'Währung',
  Product: 'Item',
  Quantity: 'Qty',
};

const SHOPIFY_HEADER =
  'Name,Email,Financial Status,Created at,Currency,Total,Refunded Amount,Lineitem quantity,Lineitem name,Billing Name,Id';

/** A small Shopify orders export: one line item per order. */
function shopifyFile(...rows: string[]): string {
  return [SHOPIFY_HEADER, ...rows].join('\n');
}

function records(workbook: MemoryWorkbook, tab: string): Array<Record<string, Cell>> {
  const [header, ...rows] = workbook.values(tab);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

function setSetting(workbook: MemoryWorkbook, key: string, value: Cell): void {
  const rows = workbook.tab('Settings').rows;
  rows[rows.findIndex((r) => r[0] === key)] = [key, value];
}

describe('importCsv with each preset', () => {
  let ports: Ports;
  let workbook: MemoryWorkbook;

  beforeEach(() => {
    ({ ports, workbook } = memoryPorts());
    setup(ports);
  });

  it('Shopify: one order per Name from its line items, bad rows rejected with their line', () => {
    const report = importCsv(ports, { preset: 'shopify', csv: SHOPIFY });
    expect(report).toMatchObject({ channel: 'shopify', complete: true, ordersAdded: 24, customersAdded: 23 });
    // The bad rows the fixture README lists, each with its file line.
    expect(report.rejected.map((r) => r.row)).toEqual([11, 12, 13, 14, 15, 16, 17, 23]);
    expect(report.rejected[0].reason).toBe('Total: not an amount "twelve"');
    const first = records(workbook, 'Orders')[0];
    // #1001: two line items on lines 2-3, Total 46.90 EUR, created 2024-01-05 10:10:58 +0100.
    // Keyed by the export's numeric Id (Shopify numbers orders #1001 in every store).
    expect(first).toMatchObject({
      'Order ID': '5712345678901',
      Amount: 46.9,
      Currency: 'EUR',
      Channel: 'shopify',
    });
    expect(first.Date).toEqual(new Date('2024-01-05T09:10:58Z'));
    // Formula-looking text is stored neutralised.
    const nina = records(workbook, 'Customers').find((c) => c.Email === 'nina@example.com')!;
    expect(nina.Name).toBe('\'=HYPERLINK("http://evil.example","click")');
  });

  it('Stripe after Shopify: the same people merged by email; failed payments skipped, not rejected', () => {
    importCsv(ports, { preset: 'shopify', csv: SHOPIFY });
    const report = importCsv(ports, { preset: 'stripe', csv: STRIPE });
    expect(report).toMatchObject({ ordersAdded: 25, customersMerged: 16, customersAdded: 9 });
    expect(report.skipped).toEqual([
      { row: 5, reason: 'Status: Failed payment is not an order', field: 'Status' },
      { row: 6, reason: 'Status: requires_payment_method payment is not an order', field: 'Status' },
    ]);
    expect(report.rejected.map((r) => r.row)).toEqual([9, 10, 11, 12, 13, 14]);
    const log = workbook.values('Log');
    expect(String(log[log.length - 1][4])).toContain(
      'left out on purpose: row 5: Status: Failed payment is not an order; row 6: Status: requires_payment_method payment is not an order; 2 rows left out on purpose',
    );
    const ben = records(workbook, 'Customers').filter((c) => c.Name === 'Ben Okafor');
    expect(ben).toHaveLength(1);
    expect(ben[0].Channel).toBe('shopify, stripe');
    // Without "Gmail dots", ana.silva+candles@googlemail.com is another customer, only suggested.
    expect(report.suggestions).toEqual([
      { customerId: 'C000024', similarTo: 'C000001', reason: 'similar name (1)' },
    ]);
  });

  it('Gmail dots on: ana.silva@gmail.com and Ana.Silva+candles@googlemail.com are one customer', () => {
    setSetting(workbook, 'Gmail dots', 'yes');
    importCsv(ports, { preset: 'shopify', csv: SHOPIFY });
    const report = importCsv(ports, { preset: 'stripe', csv: STRIPE });
    expect(report.suggestions).toEqual([]);
    expect(records(workbook, 'Customers').filter((c) => c.Name === 'Ana Silva')).toHaveLength(1);
  });

  it('WooCommerce: one order per Order Number across product rows; Ben matched across three channels', () => {
    importCsv(ports, { preset: 'shopify', csv: SHOPIFY });
    importCsv(ports, { preset: 'stripe', csv: STRIPE });
    const report = importCsv(ports, { preset: 'woocommerce', csv: WOO });
    expect(report).toMatchObject({ ordersAdded: 26, customersMerged: 4 });
    expect(report.rejected).toEqual([
      { row: 8, reason: 'Order Total Amount: not an amount "1.234,50"', field: 'Order Total Amount' },
      { row: 9, reason: 'Order Date: not a date "not a date"', field: 'Order Date' },
      {
        row: 10,
        reason: 'Order Number: duplicate Order ID "1041" (first at row 2)',
        field: 'Order Number',
      },
    ]);
    const ben = records(workbook, 'Customers').filter((c) => c.Name === 'Ben Okafor');
    expect(ben.map((c) => c.Channel)).toEqual(['shopify, stripe, woocommerce']);
  });

  it('Google Forms: answers go to Surveys; out-of-range scores and bad timestamps rejected', () => {
    const report = importCsv(ports, { preset: 'forms', csv: FORMS });
    expect(report).toMatchObject({ channel: 'forms', surveysAdded: 22, ordersAdded: 0 });
    expect(report.rejected.map((r) => r.row)).toEqual([5, 6, 7, 8, 9, 11]);
    const ben = records(workbook, 'Surveys').find((s) => s.Email === 'ben.okafor@example.com')!;
    // Line 3: "3/6/2024 8:01:02,ben.okafor@example.com,Ben,4,2,…" read as US month/day in UTC.
    expect(ben).toMatchObject({ NPS: 4, CSAT: 2, Comment: 'Arrived late, box was "crushed"' });
    expect(ben.Date).toEqual(new Date('2024-03-06T08:01:02Z'));
    const again = importCsv(ports, { preset: 'forms', csv: FORMS });
    expect(again).toMatchObject({ surveysAdded: 0, surveysAlreadyThere: 22 });
  });

  it('generic mapping: a semicolon file with decimal commas and day/month dates', () => {
    const report = importCsv(ports, {
      preset: 'generic',
      csv: GENERIC,
      mapping: GENERIC_MAP,
      channel: 'invoices',
      dateOrder: 'dmy',
      decimal: ',',
    });
    expect(report.channel).toBe('invoices');
    expect(report.ordersAdded).toBeGreaterThan(0);
    const first = records(workbook, 'Orders')[0];
    // Line 2: INV-001, 05/01/2024 (5 January), "1.234,50 €".
    expect(first).toMatchObject({
      'Order ID': 'INV-001',
      Amount: 1234.5,
      Currency: 'EUR',
      Channel: 'invoices',
    });
    expect(first.Date).toEqual(new Date('2024-01-05T00:00:00Z'));
  });

  it('re-importing every file adds 0 rows', () => {
    const all = () => [
      importCsv(ports, { preset: 'shopify', csv: SHOPIFY }),
      importCsv(ports, { preset: 'stripe', csv: STRIPE }),
      importCsv(ports, { preset: 'woocommerce', csv: WOO }),
      importCsv(ports, { preset: 'forms', csv: FORMS }),
    ];
    all();
    const before = JSON.stringify(['Customers', 'Orders', 'Surveys'].map((t) => workbook.values(t)));
    const again = all();
    expect(again.map((r) => r.ordersAdded + r.customersAdded + r.customersMerged + r.surveysAdded)).toEqual([
      0, 0, 0, 0,
    ]);
    expect(JSON.stringify(['Customers', 'Orders', 'Surveys'].map((t) => workbook.values(t)))).toBe(before);
  });

  it('previews without writing anything', () => {
    const before = JSON.stringify([...workbook.tabs.entries()].map(([n, t]) => [n, t.rows]));
    const preview = previewImport(workbook, { preset: 'shopify', csv: SHOPIFY }, ports.clock.now());
    expect(preview).toMatchObject({
      preset: 'shopify',
      channel: 'shopify',
      rows: 36,
      orders: 24,
      surveys: 0,
    });
    expect(preview.headers).toHaveLength(79);
    expect(preview.sample[0]).toMatchObject({
      row: 2,
      'Order ID': '5712345678901',
      'Order number': '#1001',
      Amount: 46.9,
      Date: '2024-01-05T09:10:58.000Z',
    });
    expect(preview.rejected).toHaveLength(8);
    expect(JSON.stringify([...workbook.tabs.entries()].map(([n, t]) => [n, t.rows]))).toBe(before);
  });

  it('two Shopify stores both numbering orders #1001: both imported, each export again adds nothing', () => {
    const storeA = shopifyFile(
      '#1001,ana@example.com,paid,2024-01-05 10:10:58 +0100,EUR,46.90,0.00,1,Fig Candle,Ana Silva,5712345678901',
      '#1002,ben@example.com,paid,2024-01-07 18:02:41 +0100,EUR,28.00,0.00,1,Gift Box,Ben Okafor,5712345678902',
    );
    const storeB = shopifyFile(
      '#1001,zoe@example.com,paid,2024-02-01 09:00:00 +0100,EUR,12.00,0.00,1,Wick Trimmer,Zoe Park,8823456789001',
    );
    expect(importCsv(ports, { preset: 'shopify', csv: storeA })).toMatchObject({ ordersAdded: 2 });
    const second = importCsv(ports, { preset: 'shopify', csv: storeB });
    expect(second).toMatchObject({ ordersAdded: 1, ordersAlreadyThere: 0, conflicts: [] });
    expect(records(workbook, 'Orders').map((o) => [o['Order ID'], o.Email, o.Amount])).toEqual([
      ['5712345678901', 'ana@example.com', 46.9],
      ['5712345678902', 'ben@example.com', 28],
      ['8823456789001', 'zoe@example.com', 12],
    ]);
    for (const file of [storeA, storeB]) {
      expect(importCsv(ports, { preset: 'shopify', csv: file })).toMatchObject({
        ordersAdded: 0,
        conflicts: [],
      });
    }
    expect(records(workbook, 'Orders')).toHaveLength(3);
    // A later export of store A shows #1002 refunded in part: its Amount becomes the net.
    const refunded = importCsv(ports, {
      preset: 'shopify',
      csv: shopifyFile(
        '#1002,ben@example.com,partially_refunded,2024-01-07 18:02:41 +0100,EUR,28.00,10.00,1,Gift Box,Ben Okafor,5712345678902',
      ),
    });
    expect(refunded).toMatchObject({
      ordersUpdated: 1,
      updated: [{ row: 2, reason: '#1002: Amount 28 → 18 (refunded since)' }],
    });
    expect(records(workbook, 'Orders')[1].Amount).toBe(18);
  });

  it('a row with two problems is one rejected row; every dropped value is in the Log with its row', () => {
    const report = importCsv(ports, {
      preset: 'shopify',
      csv: shopifyFile(
        '#1001,ana@example.com,paid,yesterday,EUR,twelve,0.00,1,Fig Candle,Ana Silva,5712345678901',
        '#1002,not-an-email,paid,2024-01-07 18:02:41 +0100,EUR,28.00,0.00,1,Gift Box,Ben Okafor,5712345678902',
      ),
    });
    expect(report.rejected).toEqual([
      {
        row: 2,
        reason: expect.stringMatching(/^Created at: .+; Total: not an amount "twelve"$/),
        field: 'Created at, Total',
      },
    ]);
    expect(report.warnings).toEqual([
      { row: 3, reason: 'Email: "not-an-email" is not an email address; left out', field: 'Email' },
    ]);
    const log = workbook.values('Log');
    const [counts, details] = [String(log[log.length - 1][3]), String(log[log.length - 1][4])];
    expect(counts).toContain('rejected 1, rows with a value left out 1');
    expect(details).toContain('row 2: Created at: ');
    expect(details).toContain(
      'value left out: row 3: Email: "not-an-email" is not an email address; left out',
    );
  });

  it('stops on an invalid Base currency or Currency rates, naming the setting and the accepted forms', () => {
    setSetting(workbook, 'Base currency', 'Euro');
    setSetting(workbook, 'Currency rates', 'USD=0,92');
    const before = JSON.stringify([...workbook.tabs.entries()].map(([n, t]) => [n, t.rows]));
    for (const run of [
      () => importCsv(ports, { preset: 'shopify', csv: SHOPIFY }),
      () => previewImport(workbook, { preset: 'shopify', csv: SHOPIFY }, ports.clock.now()),
    ]) {
      expect(run).toThrow(
        /^Settings row \d+: "Base currency" is "Euro"; use a 3-letter ISO 4217 currency code such as EUR, USD or GBP, .+ Settings row \d+: "Currency rates" is "USD=0,92"; use CODE=rate pairs .+ \(USD=0\.92; GBP=1\.17\)\. Nothing was changed: correct the Settings tab and run the import again\.$/,
      );
    }
    expect(JSON.stringify([...workbook.tabs.entries()].map(([n, t]) => [n, t.rows]))).toBe(before);
  });

  it('with no currency column and no base currency, import and refresh follow one rule', () => {
    // Shopify orders in EUR, then WooCommerce Analytics orders, whose download has no currency.
    importCsv(ports, { preset: 'shopify', csv: SHOPIFY });
    const woo = importCsv(ports, { preset: 'woocommerce', csv: fixture('woocommerce_analytics_orders.csv') });
    expect(woo.ordersAdded).toBeGreaterThan(0);
    const wooOrders = records(workbook, 'Orders').filter((o) => o.Channel === 'woocommerce');
    // Not stamped with a currency the file never named: blank is the base currency.
    expect(new Set(wooOrders.map((o) => o.Currency))).toEqual(new Set(['']));
    const refresh = refreshAnalytics(ports);
    expect(refresh.baseCurrency).toBe('EUR');
    expect(refresh.ordersLeftOut.filter((r) => /exchange rate/.test(r.reason))).toEqual([]);
    // With a base currency set, a file without currency is in it.
    setSetting(workbook, 'Base currency', 'gbp');
    importCsv(ports, {
      preset: 'woocommerce',
      csv: 'Date,Order #,Status,Customer,Net sales\n2024-04-01 10:00:00,2001,completed,Ivy Example,20',
    });
    expect(records(workbook, 'Orders').find((o) => o['Order ID'] === '2001')?.Currency).toBe('GBP');
  });

  it('refuses an unknown preset, an empty file and a generic import without mapping', () => {
    expect(() => importCsv(ports, { preset: 'paypal', csv: 'a,b\n1,2' })).toThrow(
      'Unknown preset "paypal": use one of shopify, stripe, woocommerce, forms, generic.',
    );
    expect(() => importCsv(ports, { preset: 'shopify', csv: '  ' })).toThrow('The file is empty.');
    expect(() => importCsv(ports, { preset: 'generic', csv: GENERIC })).toThrow(
      'the generic preset needs a column mapping',
    );
  });

  it('refuses a file the preset cannot read, before writing anything (not even a Log row)', () => {
    const before = JSON.stringify([...workbook.tabs.entries()].map(([n, t]) => [n, t.rows]));
    expect(() => importCsv(ports, { preset: 'shopify', csv: STRIPE })).toThrow(
      'This file cannot be imported with the shopify preset: not a Shopify orders export: missing Name, Email, Financial Status, Created at, Total.',
    );
    expect(() =>
      importCsv(ports, {
        preset: 'generic',
        csv: GENERIC,
        mapping: { ...GENERIC_MAP, 'Order ID': 'Invoce' },
      }),
    ).toThrow('This file cannot be imported with the generic preset: the file has no column "Invoce".');
    expect(JSON.stringify([...workbook.tabs.entries()].map(([n, t]) => [n, t.rows]))).toBe(before);
  });

  it('an import of all channels is undone in one step', () => {
    importCsv(ports, { preset: 'shopify', csv: SHOPIFY });
    const afterShopify = JSON.stringify(['Customers', 'Orders'].map((t) => workbook.values(t)));
    importCsv(ports, { preset: 'stripe', csv: STRIPE });
    undoLastOperation(ports);
    expect(JSON.stringify(['Customers', 'Orders'].map((t) => workbook.values(t)))).toBe(afterShopify);
  });
});
