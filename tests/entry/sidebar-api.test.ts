import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CustomerExport } from '../../src/app/export-customer';
import type { CsvImportReport, ImportPreview } from '../../src/app/import';
import type { RefreshReport } from '../../src/app/refresh';
import type { SetupReport } from '../../src/app/setup';
import type { UndoReport } from '../../src/app/undo';
import { bundle, harness } from './bundle-harness';

const SHOPIFY = readFileSync(join(__dirname, '../fixtures/imports/shopify_orders_export.csv'), 'utf8');
const SHOPIFY_HEADER = SHOPIFY.split(/\r?\n/)[0];

/**
 * A Shopify orders export of `orders` one-line orders from `customers` customers, in the header
 * of the fixture (79 columns); each row is about 400 bytes, so 26,000 orders make 10 MB. Order i
 * belongs to customer i % customers and is dated in March 2024, or with `spread` in the year from
 * June 2023 with customers buying unevenly (as real shops' customers do).
 */
// Names as varied as a real shop's: 40 first names × 40 last names, so name look-alikes stay few.
const FIRST =
  'Ana Ben Chloe Dana Erik Fatima Gus Hana Ivan Julia Karl Lena Marco Nina Omar Paula Quinn Rosa Sven Tara Ugo Vera Wim Xenia Yusuf Zoe Aldo Bea Cyril Dora Emil Flora Goran Hilde Igor Jana Kofi Lotte Mads Noor'.split(
    ' ',
  );
const LAST =
  'Silva Okafor Martin Kowalski Johansson Zahra Lee Ito Petrov Rossi Weber Novak Costa Haddad Gomes Dubois Larsen Moreau Fischer Santos Berg Keller Varga Horvat Nagy Popescu Jensen Bakker Muller Ortiz Ruiz Kim Tanaka Singh Patel Mensah Adeyemi Nilsen Lund Bauer'.split(
    ' ',
  );

function bigShopifyCsv(orders: number, customers: number, spread = false): string {
  const columns = SHOPIFY_HEADER.split(',');
  const at = (name: string) => columns.indexOf(name);
  const lines = [SHOPIFY_HEADER];
  for (let i = 0; i < orders; i++) {
    const row = new Array<string>(columns.length).fill('');
    // Spread: customer index skewed towards low numbers (a few loyal buyers), date anywhere in 360 days.
    const c = spread ? Math.floor(customers * ((i * 0.6180339887) % 1) ** 2) : i % customers;
    const date = spread
      ? new Date(Date.UTC(2023, 5, 1) + ((i * 7919) % 360) * 86_400_000).toISOString().slice(0, 10)
      : `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`;
    row[at('Name')] = `#${100000 + i}`;
    row[at('Email')] = `customer${c}@example.com`;
    row[at('Financial Status')] = 'paid';
    row[at('Paid at')] = `${date} 10:00:00 +0100`;
    row[at('Fulfillment Status')] = 'fulfilled';
    row[at('Accepts Marketing')] = c % 2 ? 'yes' : 'no';
    row[at('Currency')] = 'EUR';
    row[at('Subtotal')] = '40.00';
    row[at('Total')] = `${20 + (i % 50)}.50`;
    row[at('Created at')] = `${date} 09:59:58 +0100`;
    row[at('Lineitem quantity')] = '1';
    row[at('Lineitem name')] = `Soy Candle - Scent ${i % 12}`;
    row[at('Lineitem price')] = `${20 + (i % 50)}.50`;
    const name = `${FIRST[c % 40]} ${LAST[Math.floor(c / 40) % 40]}`;
    row[at('Billing Name')] = name;
    row[at('Billing Street')] = `${c} Long Street Name For A Realistic Address Line`;
    row[at('Billing City')] = 'Lisboa';
    row[at('Billing Country')] = 'PT';
    row[at('Shipping Name')] = name;
    row[at('Shipping Street')] = `${c} Long Street Name For A Realistic Address Line`;
    row[at('Shipping City')] = 'Lisboa';
    row[at('Shipping Country')] = 'PT';
    row[at('Payment Method')] = 'Shopify Payments';
    row[at('Vendor')] = 'Lumen Candles';
    row[at('Id')] = String(5_700_000_000_000 + i);
    row[at('Source')] = 'web';
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}

describe('sidebar API in the bundle', () => {
  beforeAll(() => {
    bundle();
  });

  it('sets up, previews and imports a Shopify export as JSON, and a re-import adds nothing', () => {
    const h = harness();
    const setup = h.call<SetupReport>('setUpWorkbook');
    expect(setup.createdTabs).toContain('Customers');
    const preview = h.call<ImportPreview>('previewImport', { preset: 'shopify', csv: SHOPIFY });
    expect(preview).toMatchObject({ orders: 24, rows: 36 });
    const first = h.call<CsvImportReport>('runImport', { preset: 'shopify', csv: SHOPIFY });
    expect(first).toMatchObject({ complete: true, ordersAdded: 24, customersAdded: 23 });
    expect(h.records('Orders')).toHaveLength(24);
    const again = h.call<CsvImportReport>('runImport', { preset: 'shopify', csv: SHOPIFY });
    expect(again).toMatchObject({ ordersAdded: 0, ordersAlreadyThere: 24, customersAdded: 0 });
    expect(h.records('Orders')).toHaveLength(24);
  });

  it('reports a bad request as the error google.script.run would pass to the failure handler', () => {
    const h = harness();
    h.call('setUpWorkbook');
    const result = h.runtime.run('runImport', [{ preset: 'paypal', csv: 'a\n1' }], { kind: 'sidebar' });
    expect(result.error?.message).toBe(
      'Unknown preset "paypal": use one of shopify, stripe, woocommerce, forms, generic.',
    );
  });

  it('imports a 10 MB CSV within the 6-minute budget of the virtual clock, in one execution', () => {
    const csv = bigShopifyCsv(26_000, 5_000);
    expect(csv.length).toBeGreaterThan(10_000_000);
    const h = harness();
    h.call('setUpWorkbook');
    const result = h.run('runImport', [{ preset: 'shopify', csv }], { kind: 'sidebar' });
    expect(result.value).toMatchObject({ complete: true, ordersAdded: 26_000, customersAdded: 5_000 });
    expect(result.execution.elapsedMs).toBeLessThan(6 * 60 * 1000);
    // One read per tab and one write per block: Customers, Orders, Log, the undo snapshot and its index.
    expect(result.execution.count('Range.setValues')).toBeLessThanOrEqual(6);
  });

  it('a file too big for one execution resumes in the next without duplicating anything', () => {
    const csv = bigShopifyCsv(1_800, 300);
    const h = harness();
    h.call('setUpWorkbook');
    const parts: CsvImportReport[] = [];
    for (let i = 0; i < 10; i++) {
      // stepSeconds 0: each execution stops after its first chunk of 500 records, as one out of time would.
      const report = h.call<CsvImportReport>('runImport', { preset: 'shopify', csv, stepSeconds: 0 });
      parts.push(report);
      if (report.complete) break;
    }
    expect(parts.map((p) => [p.processed, p.complete])).toEqual([
      [500, false],
      [500, false],
      [500, false],
      [300, true],
    ]);
    const orders = h.records('Orders');
    expect(orders).toHaveLength(1_800);
    expect(new Set(orders.map((o) => o['Order ID'])).size).toBe(1_800);
    expect(h.records('Customers')).toHaveLength(300);
    // The Log shows three partial runs and the final one.
    expect(h.records('Log').map((l) => l.Result)).toEqual(['ok', 'partial', 'partial', 'partial', 'ok']);
  });

  it('refresh does not overwrite edits made during its run, and writes by Customer ID', () => {
    const h = harness();
    h.call('setUpWorkbook');
    h.call('runImport', { preset: 'shopify', csv: bigShopifyCsv(600, 120) });
    const customers = () => h.environment.workbook.sheets.find((s) => s.name === 'Customers')!;
    const header = customers().values[0].map(String);
    const col = (name: string) => header.indexOf(name);
    const result = h.runtime.run('refreshNow', [], {
      kind: 'sidebar',
      // The first setValues of refresh saves the undo snapshot: the data has been read, nothing written yet.
      prepare: (execution) =>
        execution.injectAt({ service: 'Range', method: 'setValues', occurrence: 1 }, (workbook) => {
          const sheet = workbook.sheets.find((s) => s.name === 'Customers')!;
          const rows = sheet.values;
          [rows[1], rows[2]] = [rows[2], rows[1]]; // the user sorts two customers
          rows[3][col('Notes')] = 'called back'; // types a note
          const added = new Array(header.length).fill('');
          added[col('Customer ID')] = 'C999999';
          added[col('Name')] = 'Walk-in';
          rows.push(added); // and adds a customer
        }),
    });
    expect(result.error).toBeUndefined();
    expect((result.value as RefreshReport).unmatched).toBe(1);
    const rows = h.records('Customers');
    // Row 2 now holds C000002 (moved by the user) and got C000002's own numbers.
    expect(rows[0]['Customer ID']).toBe('C000002');
    expect(rows[1]['Customer ID']).toBe('C000001');
    // customer1 bought orders 1, 121, 241, 361, 481: 5 orders; customer0 0, 120, …, 480: 5 orders.
    expect(rows[0].Orders).toBe(5);
    expect(rows[0].Revenue).toBe(21.5 + 41.5 + 61.5 + 31.5 + 51.5); // i % 50 of 1, 121, 241, 361, 481 plus 20.50
    expect(rows[2].Notes).toBe('called back');
    expect(rows[rows.length - 1]).toMatchObject({
      'Customer ID': 'C999999',
      Name: 'Walk-in',
      'Updated at': '',
      'Why blank': 'added during the last refresh: refresh again',
    });
  });

  it('an import keeps edits made during its run: merges land on their Customer ID, other cells stay', () => {
    const stripe = readFileSync(join(__dirname, '../fixtures/imports/stripe_unified_payments.csv'), 'utf8');
    const byId = (rows: Array<Record<string, unknown>>) =>
      new Map(rows.map((row) => [String(row['Customer ID']), row]));
    // The same imports undisturbed: what each customer must end up with.
    const control = harness();
    control.call('setUpWorkbook');
    control.call('runImport', { preset: 'shopify', csv: SHOPIFY });
    control.call('runImport', { preset: 'stripe', csv: stripe });
    const expected = byId(control.records('Customers'));

    const h = harness();
    h.call('setUpWorkbook');
    h.call('runImport', { preset: 'shopify', csv: SHOPIFY });
    const header = h.environment.workbook.sheets.find((s) => s.name === 'Customers')!.values[0].map(String);
    const col = (name: string) => header.indexOf(name);
    const result = h.runtime.run('runImport', [{ preset: 'stripe', csv: stripe }], {
      kind: 'sidebar',
      // The first setValues of an import saves the undo snapshot: all is read and merged, nothing written.
      prepare: (execution) =>
        execution.injectAt({ service: 'Range', method: 'setValues', occurrence: 1 }, (workbook) => {
          const rows = workbook.sheets.find((s) => s.name === 'Customers')!.values;
          rows.reverse().unshift(rows.pop()!); // the user sorts the customers Z→A (header stays on top)
          for (const row of rows.slice(1))
            if (row[col('Customer ID')] === 'C000002') row[col('Tags')] = 'vip';
        }),
    });
    expect(result.error).toBeUndefined();
    expect((result.value as CsvImportReport).customersMerged).toBe(16);
    const rows = h.records('Customers');
    expect(rows[0]['Customer ID']).toBe('C000023'); // still sorted as the user left it
    const got = byId(rows);
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [id, row] of got) {
      // Ben (C000002) also got the user's tag; everyone else is exactly as without the edit.
      const want = id === 'C000002' ? { ...expected.get(id), Tags: 'vip' } : expected.get(id);
      expect(row, id).toEqual(want);
    }
  });

  it('refresh reads each tab once and makes the same calls for 100 or 1,000 customers', () => {
    const calls = (customers: number) => {
      const h = harness();
      h.call('setUpWorkbook');
      h.call('runImport', { preset: 'shopify', csv: bigShopifyCsv(customers * 3, customers, true) });
      const { execution } = h.run('refreshNow', [], { kind: 'sidebar' });
      return Object.fromEntries(execution.calls);
    };
    const small = calls(100);
    expect(calls(1_000)).toEqual(small);
    // Customers, Orders, Surveys, Interactions, Outbox, Settings and Dashboard (for the snapshot) read
    // whole once each; under the lock the Customers header, its Customer ID column and the undo tab's header.
    // The Log's header is read once more to append the Log row.
    expect(small['Range.getValues']).toBe(11);
    // Writes: the snapshot and its index, one block of computed columns, the Dashboard, the Log row.
    expect(small['Range.setValues']).toBe(5);
  });

  it('never gives a deleted customer’s ID to the next new person, who does not inherit their orders', () => {
    const h = harness();
    h.call('setUpWorkbook');
    h.call('runImport', { preset: 'shopify', csv: SHOPIFY });
    const sheet = h.environment.workbook.sheets.find((s) => s.name === 'Customers')!;
    const last = h.records('Customers').length;
    expect(h.records('Customers')[last - 1]['Customer ID']).toBe('C000023');
    const theirOrders = h
      .records('Orders')
      .flatMap((o, i) => (o['Customer ID'] === 'C000023' ? [{ row: i + 2, id: o['Order ID'] }] : []));
    expect(theirOrders.length).toBeGreaterThan(0);
    sheet.values.splice(last, 1); // the user deletes the last customer's row
    const report = h.call<CsvImportReport>('runImport', { preset: 'shopify', csv: bigShopifyCsv(1, 1) });
    expect(report.customersAdded).toBe(1);
    const added = h.records('Customers').find((c) => c.Email === 'customer0@example.com')!;
    expect(added['Customer ID']).toBe('C000024');
    expect(
      h
        .records('Orders')
        .filter((o) => o['Customer ID'] === 'C000024')
        .map((o) => o['Order ID']),
    ).toEqual(['5700000000000']);
    expect(report.orphanOrders).toEqual(
      theirOrders.map(({ row }) => ({ row, reason: 'Customer ID C000023 is not in Customers' })),
    );
    // The new person's export holds their own order only, never the deleted customer's.
    const data = h.call<CustomerExport>('getCustomerData', 'customer0@example.com');
    expect(data.customerId).toBe('C000024');
    expect(data.tabs.Orders.map((o) => o['Order ID'])).toEqual(['5700000000000']);
  });

  it('undo of an import keeps a note typed since on a merged customer and removes every row it added', () => {
    const h = harness();
    h.call('setUpWorkbook');
    h.call('runImport', { preset: 'shopify', csv: SHOPIFY });
    const customersBefore = h.records('Customers');
    const ordersBefore = h.records('Orders');
    const stripe = readFileSync(join(__dirname, '../fixtures/imports/stripe_unified_payments.csv'), 'utf8');
    const report = h.call<CsvImportReport>('runImport', { preset: 'stripe', csv: stripe });
    expect(report.customersAdded).toBeGreaterThan(0);
    const merged = h
      .records('Customers')
      .findIndex(
        (c, i) =>
          i < customersBefore.length &&
          c.Channel !== customersBefore[i].Channel &&
          c.Notes === customersBefore[i].Notes,
      );
    expect(merged).toBeGreaterThanOrEqual(0);
    const sheet = h.environment.workbook.sheets.find((s) => s.name === 'Customers')!;
    const notes = sheet.values[0].indexOf('Notes');
    sheet.values[merged + 1][notes] = 'prefers phone calls'; // typed after the import
    const undo = h.call<UndoReport>('undoLast');
    expect(undo.tabs.find((t) => t.tab === 'Customers')).toMatchObject({
      removed: report.customersAdded,
      kept: 0,
    });
    expect(h.records('Customers')).toEqual(
      customersBefore.map((c, i) => (i === merged ? { ...c, Notes: 'prefers phone calls' } : c)),
    );
    expect(h.records('Orders')).toEqual(ordersBefore);
  });

  it('undo, export and forget answer in plain JSON', () => {
    const h = harness();
    h.call('setUpWorkbook');
    h.call('runImport', { preset: 'shopify', csv: SHOPIFY });
    const data = h.call<CustomerExport>('getCustomerData', 'ana.silva@gmail.com');
    expect(data.customerId).toBe('C000001');
    // Lines 2-3 and 37 of the fixture: orders #1001 and #1031 by ana.silva@gmail.com, keyed by their Shopify Id.
    expect(data.tabs.Orders.map((o) => o['Order ID'])).toEqual(['5712345678901', '5712345678931']);
    h.call('forgetCustomerData', 'C000001');
    expect(JSON.stringify(h.records('Customers'))).not.toContain('ana.silva');
    const undo = h.call<UndoReport>('undoLast');
    expect(undo.operation).toBe('forget');
    expect(h.records('Customers')[0].Email).toBe('ana.silva@gmail.com');
  });

  it('keeps the formulas of the user’s own columns through a merge, a forget and their undo', () => {
    const h = harness();
    h.call('setUpWorkbook');
    h.call('runImport', { preset: 'shopify', csv: SHOPIFY });
    const customers = h.environment.workbook.sheets.find((s) => s.name === 'Customers')!;
    // The user adds a column at the far right with a formula on every customer row.
    const column = customers.values[0].length;
    customers.values[0][column] = 'My score';
    customers.maxColumns = Math.max(customers.maxColumns, column + 1);
    const rows = customers.values.length;
    for (let r = 1; r < rows; r++) customers.formulas.set(`${r}:${column}`, `=LEN(B${r + 1})`);
    const formulas = () => [...customers.formulas].filter(([key]) => key.endsWith(`:${column}`)).length;
    expect(formulas()).toBe(rows - 1);
    const stripe = readFileSync(join(__dirname, '../fixtures/imports/stripe_unified_payments.csv'), 'utf8');
    expect(h.call<CsvImportReport>('runImport', { preset: 'stripe', csv: stripe }).customersMerged).toBe(16);
    expect(formulas()).toBe(rows - 1);
    h.call('forgetCustomerData', 'C000001');
    expect(formulas()).toBe(rows - 1);
    h.call('undoLast');
    expect(formulas()).toBe(rows - 1);
    expect(customers.formulas.get(`1:${column}`)).toBe('=LEN(B2)');
  });
});
