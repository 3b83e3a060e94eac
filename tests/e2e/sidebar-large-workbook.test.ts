// The sidebar over a workbook of 50,000 customers, in Chromium over the bundle: every tab still
// answers with the right figures, the hostile name stays text, and nothing crosses per customer.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RFM_SEGMENTS } from '../../src/core/metrics/rfm-segment';
import type { EmulatorEnvironment } from '../../src/local/emulator/emulator-environment';
import type { CellValue } from '../../src/local/emulator/workbook-data';
import { appendRecords } from '../../src/local/emulator/workbook-records';
import { segmentTableRows, statusMatching, textOf } from './page-text';
import { refreshedCustomers } from './refreshed-customers';
import { screenshotDir } from './screenshot-dir';
import { launchChromium, openSidebar } from './sidebar-page';

const CUSTOMERS = 50_000;
const HOSTILE = '<img src=x onerror=alert(1)>';

let browser: Browser;
let page: Page;
let environment: EmulatorEnvironment;
let calls: string[];
let customers: Array<Record<string, CellValue>>;

/** The number in a formatted figure ("1,234" → 1234). */
const count = (cell: string) => Number(cell.replace(/,/g, ''));

beforeAll(async () => {
  browser = await launchChromium();
  const opened = await openSidebar(browser);
  ({ page, environment, calls } = opened);
  const setUp = opened.runtime.run('setUpWorkbook', [], { kind: 'sidebar' });
  if (setUp.error) throw setUp.error;
  customers = refreshedCustomers(CUSTOMERS, environment.now.getTime(), HOSTILE);
  appendRecords(environment.workbook, 'Customers', customers);
  // Before any customer is drawn: a script that ran would call alert.
  await page.evaluate(() => {
    (window as unknown as { alerted: string[] }).alerted = [];
    window.alert = (message?: unknown) => {
      (window as unknown as { alerted: string[] }).alerted.push(String(message));
    };
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('the sidebar on 50,000 customers', () => {
  it('groups every customer by RFM with figures that add up, in one call', async () => {
    calls.length = 0;
    await page.click('#tab-segments');
    const line = await statusMatching(page, 'segments-status', /customers in \d+ segments/);
    expect(line).toMatch(/^50,000 customers in \d+ segments/);
    const rows = await segmentTableRows(page);
    const expected = RFM_SEGMENTS.map((name) => [
      name,
      customers.filter((c) => c['RFM segment'] === name).length,
    ]).filter(([, n]) => n !== 0);
    expect(rows.map((r) => [r[0], count(r[1]!)])).toEqual(expected);
    expect(rows.reduce((sum, r) => sum + count(r[1]!), 0)).toBe(CUSTOMERS);
    expect(calls.filter((name) => name === 'getSegments')).toHaveLength(1);
    await page.screenshot({
      path: join(screenshotDir(), 'segments-50000.png'),
      clip: { x: 0, y: 0, width: 300, height: 900 },
    });
  });

  it('shows the clusters the refresh wrote, with their silhouette, and lists the largest first 50', async () => {
    await page.check('input[name="segments-method"][value="kmeans"]');
    await statusMatching(page, 'segments-quality', /silhouette/);
    const rows = await segmentTableRows(page);
    expect(rows).toHaveLength(5);
    for (const [i, row] of rows.entries()) {
      expect(count(row[1]!)).toBe(customers.filter((c) => c.Cluster === i + 1).length);
    }
    await page.click('#segment-open-0');
    const listed = await statusMatching(page, 'segments-count', /of [\d,]+ customers/);
    const inFirst = customers.filter((c) => c.Cluster === 1).length;
    expect(listed).toBe(`The 50 with the highest CLV of ${inFirst.toLocaleString('en-US')} customers.`);
    const clvs = await page.$$eval('#segments-customers tr', (trs) =>
      trs.slice(1).map((tr) => tr.querySelectorAll('td')[1]?.textContent ?? ''),
    );
    const top = customers
      .filter((c) => c.Cluster === 1)
      .map((c) => Number(c['Predicted CLV 12m']))
      .sort((a, b) => b - a);
    // The 50 highest predicted CLVs of the cluster, in order (shown rounded to whole dollars).
    expect(clvs.map((c) => count(c.replace(/[^\d.,]/g, '')))).toEqual(
      top.slice(0, 50).map((v) => Math.round(v)),
    );
  });

  it('splits by a rule over every customer', async () => {
    await page.check('input[name="segments-method"][value="rule"]');
    await page.fill('#segments-rule', 'Churn risk > 0.6 AND Revenue > 200 AND Channel = shopify');
    await page.click('#segments-apply');
    await statusMatching(page, 'segments-status', /customers in 2 segments/);
    const matching = customers.filter(
      (c) => Number(c['Churn risk']) > 0.6 && Number(c.Revenue) > 200 && c.Channel === 'shopify',
    ).length;
    expect((await segmentTableRows(page)).map((r) => [r[0], count(r[1]!)])).toEqual([
      ['Matching', matching],
      ['Everyone else', CUSTOMERS - matching],
    ]);
  });

  it('finds one customer among 50,000 as one types, the hostile name shown as text', async () => {
    await page.click('#tab-customer');
    await page.fill('#customer-search', 'customer49999@');
    await page.waitForFunction(() => document.querySelectorAll('.customer-result').length === 1, undefined, {
      timeout: 60_000,
    });
    expect(await textOf(page, '.customer-result .result-name')).toBe('Customer 49999');
    await page.fill('#customer-search', 'img src');
    await page.waitForFunction(
      () =>
        document.querySelector('.customer-result .result-name')?.textContent ===
        '<img src=x onerror=alert(1)>',
      undefined,
      { timeout: 60_000 },
    );
    expect(await page.$$('#customer-results img')).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { alerted: string[] }).alerted)).toEqual([]);
  });
});
