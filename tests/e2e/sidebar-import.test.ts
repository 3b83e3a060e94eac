import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../src/app/import';
import { customFunctionEntryPoints } from '../../src/entry/custom-functions';
import type { EmulatorEnvironment } from '../../src/local/emulator/emulator-environment';
import type { LocalRuntime } from '../../src/local/runtime/local-runtime';
import { screenshotDir } from './screenshot-dir';
import { launchChromium, openSidebar } from './sidebar-page';

const fixture = (name: string) => join(__dirname, '../fixtures/imports', name);
const shopifyCsv = readFileSync(fixture('shopify_orders_export.csv'));
const shots = screenshotDir();

let browser: Browser;
let page: Page;
let runtime: LocalRuntime;
let environment: EmulatorEnvironment;
let calls: string[];

function rows(tab: string): unknown[][] {
  const sheet = environment.workbook.sheets.find((s) => s.name === tab);
  return (sheet?.values ?? []).slice(1).filter((row) => row.some((cell) => cell !== ''));
}

async function chooseFile(name: string, content: Buffer | string): Promise<void> {
  await page.setInputFiles('#import-file', {
    name,
    mimeType: 'text/csv',
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
  });
  await page.waitForFunction(() =>
    /KB, \d+ columns/.test(document.querySelector('#import-status')?.textContent ?? ''),
  );
}

/** Picks, for each field of the generic mapping, the file's column that fills it, in this order. */
async function mapColumns(columns: Record<string, string>): Promise<void> {
  for (const [field, column] of Object.entries(columns))
    await page.selectOption(`select[data-field="${field}"]`, column);
}

async function status(pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('#import-status')?.textContent ?? ''),
    pattern.source,
  );
  return (await page.textContent('#import-status')) ?? '';
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  ({ page, runtime, environment, calls } = await openSidebar(browser));
  const setUp = runtime.run('setUpWorkbook', [], { kind: 'sidebar' });
  if (setUp.error) throw setUp.error;
});

describe('the sidebar in Chromium, over the bundle', () => {
  it('opens on Import and lists every formula on the Formulas tab', async () => {
    expect(await page.isVisible('#panel-import')).toBe(true);
    expect(await page.isVisible('#panel-formulas')).toBe(false);
    await page.click('#tab-formulas');
    await page.waitForFunction(() =>
      /\d+ formulas/.test(document.querySelector('#formulas-status')?.textContent ?? ''),
    );
    const names = await page.$$eval('#formulas code', (nodes) => nodes.map((n) => n.textContent));
    expect(names).toHaveLength(Object.keys(customFunctionEntryPoints).length);
    expect(names).toContain('=CRM_PALIVE(frequency, recency, T, params)');
    expect(await page.isVisible('#panel-import')).toBe(false);
  });

  it('previews a Shopify export without writing, then imports it; a second import adds nothing', async () => {
    const expected = runtime.run('previewImport', [{ preset: 'shopify', csv: shopifyCsv.toString('utf8') }], {
      kind: 'sidebar',
    }).value as ImportPreview;
    await page.selectOption('#import-preset', 'shopify');
    await chooseFile('orders_export.csv', shopifyCsv);
    const ordersBefore = rows('Orders').length;
    await page.click('#import-preview');
    await status(/Nothing was written yet/);
    const preview = (await page.textContent('#import-result')) ?? '';
    expect(preview).toContain(
      `${expected.rows} rows of orders_export.csv (channel shopify) would give ${expected.orders} orders`,
    );
    expect(preview).toContain('#1001');
    for (const r of expected.rejected) expect(preview).toContain(`row ${r.row}: ${r.reason}`);
    expect(rows('Orders')).toHaveLength(ordersBefore);

    await page.click('#import-run');
    await status(/^Done\./);
    const result = (await page.textContent('#import-result')) ?? '';
    expect(result).toContain(`orders added ${expected.orders}, already there 0`);
    expect(rows('Orders')).toHaveLength(expected.orders);
    await page.screenshot({ path: join(shots, 'import-preview.png'), fullPage: true });

    await page.click('#import-run');
    await status(/^Done\./);
    expect((await page.textContent('#import-result')) ?? '').toContain(
      `orders added 0, already there ${expected.orders}`,
    );
    expect(rows('Orders')).toHaveLength(expected.orders);
  });

  it('maps the columns of any CSV and shows hostile values as text, never as markup', async () => {
    const csv = [
      'Invoice,Customer,E-mail,Paid on,Total',
      'A-1,"<img src=x onerror=""window.__pwned=1"">",mal@example.com,2024-05-02,12.50',
      'A-2,Bo <b>Bold</b>,bo@example.com,2024-05-03,abc',
    ].join('\n');
    await page.selectOption('#import-preset', 'generic');
    await chooseFile('invoices.csv', csv);
    expect(await page.isVisible('#import-mapping')).toBe(true);
    await mapColumns({
      'Order ID': 'Invoice',
      Name: 'Customer',
      Email: 'E-mail',
      Date: 'Paid on',
      Amount: 'Total',
    });
    await page.fill('#import-channel', 'invoices');
    await page.click('#import-preview');
    await status(/Nothing was written yet/);
    const preview = (await page.textContent('#import-result')) ?? '';
    // The name is cleaned (capitalised) on import, and shown exactly as the server sends it.
    expect(preview).toMatch(/<img src=x onerror="window\.__pwned=1">/i);
    expect(preview).toContain('row 3: Total: not an amount "abc"');
    expect(await page.$$('#import-result img, #import-result b')).toHaveLength(0);

    await page.click('#import-run');
    await status(/^Done\./);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$('img, b')).toHaveLength(0);
    expect(rows('Orders')).toHaveLength(1);
    const report = (await page.textContent('#import-result')) ?? '';
    // Identical reasons are grouped with a count; each group opens to its rows.
    expect(report).toContain(
      'Rejected rows (1)1 row: Total: not an amount "…"row 3: Total: not an amount "abc"',
    );
    const download = await page.evaluate(async () => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>('#import-result a[download]')];
      const link = links[links.length - 1];
      return { name: link.download, text: await (await fetch(link.href)).text() };
    });
    expect(download).toEqual({
      name: 'invoices-rejected.csv',
      text: 'Invoice,Customer,E-mail,Paid on,Total,Rejected because\r\nA-2,Bo <b>Bold</b>,bo@example.com,2024-05-03,abc,"Total: not an amount ""abc"""\r\n',
    });
  });

  it('undoes the import from the sidebar', async () => {
    await page.selectOption('#import-preset', 'shopify');
    await chooseFile('orders_export.csv', shopifyCsv);
    await page.click('#import-run');
    await status(/^Done\./);
    expect(rows('Orders').length).toBeGreaterThan(0);
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.accept();
    });
    await page.click('#import-undo');
    // The snapshot's time in the spreadsheet's zone (Europe/Berlin, UTC+2 in June).
    expect(await status(/^Undone/)).toMatch(/^Undone: the shopify import of 2024-06-01 14:00\.$/);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^Undo the shopify import of 2024-06-01 14:00\?\n\n/);
    expect(asked[0]).toMatch(/Orders: removes \d+ rows it added/);
    expect(asked[0]).toMatch(/Cells you edited since stay as you made them\.$/);
    expect(rows('Orders')).toHaveLength(0);
    // Nothing left to undo is information, not a failure.
    await page.click('#import-undo');
    await status(/^There is nothing to undo\.$/);
    expect(await page.getAttribute('#import-status', 'class')).toBe('');
  });

  it('keeps the data when Undo is not confirmed', async () => {
    await page.selectOption('#import-preset', 'shopify');
    await chooseFile('orders_export.csv', shopifyCsv);
    await page.click('#import-run');
    await status(/^Done\./);
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.click('#import-undo');
    await status(/^Nothing was undone\.$/);
    expect(rows('Orders').length).toBeGreaterThan(0);
  });

  it('picks the preset a file looks like, and says so when another was chosen', async () => {
    const stripe = readFileSync(fixture('stripe_unified_payments.csv'));
    await chooseFile('unified_payments.csv', stripe);
    expect(await page.inputValue('#import-preset')).toBe('stripe');
    expect(await page.isVisible('#import-suggestion')).toBe(false);
    await page.selectOption('#import-preset', 'shopify');
    await chooseFile('unified_payments.csv', stripe);
    expect(await page.textContent('#import-suggestion-text')).toBe(
      'unified_payments.csv looks like Stripe payments, not Shopify orders.',
    );
    await page.screenshot({ path: join(shots, 'import-suggestion.png'), fullPage: true });
    // Importing it as Shopify anyway is refused by the server, with what is missing.
    await page.click('#import-run');
    expect(await status(/failed/)).toBe(
      'Import failed: This file cannot be imported with the shopify preset: not a Shopify orders export: missing Name, Email, Financial Status, Created at, Total. What was imported before the failure stays; running it again continues.',
    );
    await page.click('#import-suggestion-use');
    expect(await page.inputValue('#import-preset')).toBe('stripe');
    expect(await page.isVisible('#import-suggestion')).toBe(false);
  });

  it('calls an import that gives no order a warning, not "Done"', async () => {
    const headerOnly = `${shopifyCsv.toString('utf8').split('\n')[0]}\n`;
    await page.selectOption('#import-preset', 'shopify');
    await chooseFile('orders_export.csv', headerOnly);
    await page.click('#import-run');
    expect(await status(/^Nothing was imported/)).toBe(
      'Nothing was imported: no row of orders_export.csv became an order or an answer. Check that the export is a Shopify orders file, and the rejected rows below.',
    );
    expect(await page.getAttribute('#import-status', 'class')).toBe('warning');
  });

  it('guesses the generic mapping from the values when the names say nothing, and marks the needed fields', async () => {
    await page.selectOption('#import-preset', 'generic');
    await chooseFile(
      'odd.csv',
      'ref,when,how much,who\nA1,05/01/2024,12.50,ana@example.com\nA2,06/01/2024,8.00,ben@example.com\n',
    );
    expect(await page.inputValue('select[data-field="Date"]')).toBe('when');
    expect(await page.inputValue('select[data-field="Amount"]')).toBe('how much');
    expect(await page.inputValue('select[data-field="Email"]')).toBe('who');
    expect(await page.inputValue('select[data-field="Order ID"]')).toBe('');
    const needed = await page.$$eval('#import-mapping label', (labels) =>
      labels.filter((l) => l.querySelector('select')?.required).map((l) => l.firstChild?.textContent),
    );
    expect(needed).toEqual(['Order ID (needed)', 'Date (needed)', 'Amount (needed)']);
  });

  it('shows a failure of the server as an error, and the page stays usable', async () => {
    await page.selectOption('#import-preset', 'generic');
    await chooseFile('empty-mapping.csv', 'a,b\n1,2\n');
    await page.click('#import-preview');
    const text = await status(/failed/);
    expect(text).toMatch(/^Preview failed: .*Order ID/);
    expect(await page.getAttribute('#import-status', 'class')).toBe('error');
    expect(await page.isEnabled('#import-run')).toBe(true);
    expect(calls).toContain('previewImport');
  });

  it('chooses the columns named like the fields by itself', async () => {
    const lines = ['order id,EMAIL,Date,amount,Colour'];
    for (let i = 1; i <= 300; i++)
      lines.push(
        `N-${i},c${i % 70}@example.com,2024-03-${String(1 + (i % 28)).padStart(2, '0')},${i % 90}.50,red`,
      );
    await page.selectOption('#import-preset', 'generic');
    await chooseFile('many.csv', lines.join('\n'));
    expect(await page.inputValue('select[data-field="Order ID"]')).toBe('order id');
    expect(await page.inputValue('select[data-field="Email"]')).toBe('EMAIL');
    expect(await page.inputValue('select[data-field="Product"]')).toBe('');
    await page.click('#import-run');
    await status(/^Done\./);
    const report = (await page.textContent('#import-result')) ?? '';
    expect(report).toContain('Imported 300 records of many.csv in 1 step:');
    expect(report).toContain('customers added 70, merged 0');
    expect(report).toContain('orders added 300, already there 0');
    expect(rows('Orders')).toHaveLength(300);
    expect(rows('Customers')).toHaveLength(70);
  });

  it('sends a Windows-1252 semicolon export as bytes and shows how the server read it', async () => {
    await page.selectOption('#import-preset', 'generic');
    await chooseFile('rechnungen.csv', readFileSync(fixture('invoices_windows1252_semicolon.csv')));
    // The browser decodes the same bytes the same way to list the headers.
    await mapColumns({
      'Order ID': 'Rechnungsnr.',
      Date: 'Datum',
      Name: 'Kunde',
      Email: 'E-Mail',
      Amount: 'Betrag',
      Currency: 'Währung',
    });
    await page.click('#import-preview');
    await status(/Nothing was written yet/);
    const preview = (await page.textContent('#import-result')) ?? '';
    expect(preview).toContain('File read:');
    expect(preview).toContain('decoded as Windows-1252: the file is not valid UTF-8');
    expect(preview).toContain('amounts read with a decimal comma (1.234,56)');
    expect(preview).toContain('row 5: Datum: implausible date "01.01.1900": before 1970');

    await page.click('#import-run');
    await status(/^Done\./);
    const [header, ...orders] = environment.workbook.sheets.find((s) => s.name === 'Orders')!.values;
    const amount = header.indexOf('Amount');
    const id = header.indexOf('Order ID');
    expect(
      orders.filter((row) => row.some((cell) => cell !== '')).map((row) => [row[id], row[amount]]),
    ).toEqual([
      ['RE-2024-001', 1234.56],
      ['RE-2024-002', 89.9],
      ['RE-2024-003', -12.5],
      ['RE-2024-006', 2500],
    ]);
    const names = rows('Customers').map((row) =>
      row.find((cell) => cell === 'Jürgen Müller' || cell === 'Françoise Lefèvre'),
    );
    expect(names.filter(Boolean)).toEqual(['Jürgen Müller', 'Françoise Lefèvre']);
  });
});

describe('the sidebar on a workbook not set up yet', () => {
  it('offers Set up, and runs it', async () => {
    const fresh = await openSidebar(browser);
    await fresh.page.waitForSelector('#import-setup:not([hidden])');
    expect(await fresh.page.textContent('#import-setup-text')).toMatch(
      /^The workbook has no Customers, Orders, .*Log, Problems, Deal history tabs yet\./,
    );
    await fresh.page.screenshot({ path: join(shots, 'import-setup.png'), fullPage: true });
    await fresh.page.click('#import-setup-run');
    await fresh.page.waitForSelector('#import-setup', { state: 'hidden' });
    expect(fresh.environment.workbook.sheets.map((s) => s.name)).toContain('Customers');
    await fresh.page.close();
  });
});
