// The sidebar's Segments tab in Chromium over the bundle: RFM, clusters and rules, the chart, listing, saving and following up.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/models/seeded-random';
import type { EmulatorEnvironment } from '../../src/local/emulator/emulator-environment';
import type { CellValue } from '../../src/local/emulator/workbook-data';
import { appendRecords } from '../../src/local/emulator/workbook-records';
import type { LocalRuntime } from '../../src/local/runtime/local-runtime';
import { screenshotDir } from './screenshot-dir';
import { openSetUpSidebar } from './set-up-sidebar';
import { launchChromium } from './sidebar-page';

const SHOTS = screenshotDir();
const HOSTILE = '<img src=x onerror=alert(1)>';
const DAY = 86_400_000;

let browser: Browser;
let page: Page;
let runtime: LocalRuntime;
let environment: EmulatorEnvironment;
let dialogs: string[];

/**
 * A shop of 80 customers (seeded): every fourth a regular with up to 8 orders, the rest one or two;
 * a third on Etsy, the rest on Shopify. The customer with the most revenue has a hostile name, and
 * one customer already belongs to a segment "Old friends". Refreshed by the bundle, so RFM segments,
 * clusters, CLV and churn risk are the real ones.
 */
function shop(): void {
  const wb = environment.workbook;
  const random = seededRandom(3);
  const customers: Array<Record<string, CellValue>> = [];
  const orders: Array<Record<string, CellValue>> = [];
  for (let i = 0; i < 80; i++) {
    const id = `C${String(i + 1).padStart(3, '0')}`;
    customers.push({
      'Customer ID': id,
      Name: i === 0 ? HOSTILE : `Customer ${i + 1}`,
      Email: `customer${i + 1}@example.com`,
      Channel: i % 3 ? 'shopify' : 'etsy',
      Consent: true,
      Segments: i === 4 ? 'Old friends' : '',
    });
    const count = i === 0 ? 12 : 1 + Math.floor(random() * (i % 4 === 0 ? 8 : 2));
    for (let k = 0; k < count; k++) {
      orders.push({
        'Order ID': `${id}-${k}`,
        'Customer ID': id,
        Date: new Date(environment.now.getTime() - Math.floor(random() * 500) * DAY),
        Amount: i === 0 ? 400 : 20 + Math.round(random() * 200),
        Channel: 'shopify',
        Status: 'paid',
      });
    }
  }
  appendRecords(wb, 'Customers', customers);
  appendRecords(wb, 'Orders', orders);
  const refresh = runtime.run('refreshNow', [], { kind: 'sidebar' });
  if (refresh.error) throw refresh.error;
}

/** A tab's values below its header, by header. */
function records(tab: string): Array<Record<string, CellValue>> {
  const sheet = environment.workbook.sheets.find((s) => s.name === tab)!;
  const [head, ...rows] = sheet.values;
  return rows.map((row) => Object.fromEntries(head!.map((h, i) => [String(h), row[i] ?? ''])));
}

async function text(selector: string): Promise<string> {
  return (await page.textContent(selector)) ?? '';
}

/** Waits for a status line to match, and returns it. */
async function status(id: string, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    ([selector, source]) => new RegExp(source).test(document.querySelector(selector)?.textContent ?? ''),
    [`#${id}`, pattern.source] as const,
  );
  return text(`#${id}`);
}

/** The segment table as text rows: name (and words), customers, revenue, CLV, churn. */
function tableRows(): Promise<string[][]> {
  return page.$$eval('#segments-table tr', (rows) =>
    rows.slice(1).map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  );
}

async function openSegments(): Promise<void> {
  await page.click('#tab-segments');
  await status('segments-status', /customers in \d+ segments/);
}

async function shot(name: string): Promise<void> {
  // The top of the sidebar, as much as a laptop screen shows of it.
  await page.screenshot({
    path: join(SHOTS, `segments-${name}.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width: 300, height: 1100 },
  });
}

/** The number in a formatted figure ("1,234" → 1234). */
const count = (cell: string) => Number(cell.replace(/,/g, ''));

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  ({ page, runtime, environment, dialogs } = await openSetUpSidebar(browser));
  shop();
});

describe('the Segments tab', () => {
  it('shows the RFM segments as a table and a bar chart, their counts adding up to every customer', async () => {
    await openSegments();
    const rfm = records('Customers').map((c) => String(c['RFM segment']));
    const rows = await tableRows();
    // Each RFM segment of the refreshed Customers tab, with its count.
    const expected = new Map<string, number>();
    for (const name of rfm) expected.set(name, (expected.get(name) ?? 0) + 1);
    expect(new Map(rows.map((r) => [r[0], count(r[1]!)]))).toEqual(expected);
    expect(await text('#segments-status')).toBe(`80 customers in ${expected.size} segments.`);
    // Revenue shares add up to 100 % (each rounded).
    const shares = rows.map((r) => Number(r[2]!.replace(/[<%\s]/g, '')));
    expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 100)).toBeLessThanOrEqual(rows.length);
    // One bar per segment; the largest count gets the full width.
    const bars = await page.$$eval('#segments-chart .bar-row', (items) =>
      items.map((item) => ({
        label: item.querySelector('.bar-label')?.textContent,
        value: item.querySelector('.bar-value')?.textContent,
        width: (item.querySelector('.bar') as HTMLElement).style.width,
      })),
    );
    expect(bars.map((b) => b.label)).toEqual(rows.map((r) => r[0]));
    expect(bars.map((b) => b.value)).toEqual(rows.map((r) => r[1]));
    const largest = Math.max(...expected.values());
    for (const bar of bars)
      expect(Number.parseFloat(bar.width)).toBeCloseTo((100 * count(bar.value!)) / largest, 1);
    // The chart compares another figure on request.
    await page.selectOption('#segments-measure', 'avgChurnRisk');
    expect(await text('#segments-chart .chart-title')).toBe('Average churn risk');
    expect(await page.$$eval('#segments-chart .bar-value', (v) => v.map((x) => x.textContent))).toEqual(
      rows.map((r) => r[4]),
    );
    await shot('rfm');
  });

  it('shows the clusters with the silhouette score and each cluster in words', async () => {
    await openSegments();
    await page.check('input[name="segments-method"][value="kmeans"]');
    await status('segments-status', /customers in \d+ segments/);
    const quality = await text('#segments-quality');
    expect(quality).toMatch(/^\d+ clusters, as many as the silhouette chose \(silhouette -?\d\.\d\d: /);
    const clusters = records('Customers').map((c) => c.Cluster);
    const k = new Set(clusters).size;
    expect(quality.startsWith(`${k} clusters`)).toBe(true);
    const rows = await tableRows();
    expect(rows).toHaveLength(k);
    for (const [i, row] of rows.entries()) {
      const words = row[0]!.replace(`Cluster ${i + 1}`, '');
      expect(words).toMatch(
        /^((very )?(frequent|few orders|recent|lapsed|high spend|low spend)(, |$))+$|^close to average$/,
      );
      expect(count(row[1]!)).toBe(clusters.filter((c) => c === i + 1).length);
    }
    await shot('kmeans');
  });

  it('splits customers by a rule, and shows a rule’s mistake at its position', async () => {
    await openSegments();
    await page.check('input[name="segments-method"][value="rule"]');
    await status('segments-status', /Write a rule/);
    await page.fill('#segments-rule', 'Churn risk > 0.6 AND Revnue > 200');
    await page.click('#segments-apply');
    await status('segments-status', /cannot be read/);
    expect(await text('#segments-rule-error p')).toBe(
      'at 22: unknown column "Revnue"; did you mean "Revenue"?',
    );
    expect(await text('#segments-rule-error mark')).toBe('Revnue');
    expect(await page.getAttribute('#segments-rule', 'aria-invalid')).toBe('true');
    // The cursor is put on the mistake.
    expect(
      await page.$eval('#segments-rule', (t) => [
        (t as HTMLTextAreaElement).selectionStart,
        (t as HTMLTextAreaElement).selectionEnd,
      ]),
    ).toEqual([21, 27]);
    await shot('rule-error');

    await page.fill('#segments-rule', 'Revenue > 200 AND Channel = shopify');
    await page.press('#segments-rule', 'Enter');
    await status(
      'segments-status',
      /customers in 2 segments: Revenue is above 200 and Channel is "shopify"\./,
    );
    expect(await page.isHidden('#segments-rule-error')).toBe(true);
    const matching = records('Customers').filter(
      (c) => Number(c.Revenue) > 200 && c.Channel === 'shopify',
    ).length;
    expect((await tableRows()).map((r) => [r[0], count(r[1]!)])).toEqual([
      ['Matching', matching],
      ['Everyone else', 80 - matching],
    ]);
    await shot('rule');
  });

  it('lists a segment’s customers as text, capped with a count, the hostile name shown literally', async () => {
    await openSegments();
    await page.check('input[name="segments-method"][value="rule"]');
    await page.fill('#segments-rule', 'Revenue > 0');
    await page.click('#segments-apply');
    await status('segments-status', /customers in 2 segments/);
    await page.click('#segment-open-0');
    await status('segments-count', /of 80 customers/);
    expect(await text('#segments-count')).toBe('The 50 with the highest CLV of 80 customers.');
    const listed = await page.$$eval('#segments-customers tr', (rows) =>
      rows.slice(1).map((row) => {
        const cells = [...row.querySelectorAll('td')].map((td) => td.textContent);
        return [
          row.querySelector('.customer-name')?.textContent,
          row.querySelector('.customer-email')?.textContent,
          cells[1],
          cells[2],
        ];
      }),
    );
    expect(listed).toHaveLength(50);
    const clvs = listed.map((r) => count(r[2]!));
    expect(clvs).toEqual([...clvs].sort((a, b) => b - a));
    // The biggest spender is the hostile name: as text, no element made from it, no script run.
    expect(listed[0]!.slice(0, 2)).toEqual([HOSTILE, 'customer1@example.com']);
    for (const row of listed) expect(row[3]).toMatch(/^(<1|\d+) %$/);
    expect(await page.$$('img')).toHaveLength(0);
    expect(dialogs).toEqual([]);
    await shot('list');
  });

  it('saves a segment to the Segments tab and the Customers column, undoes it, and drafts a follow-up', async () => {
    await openSegments();
    await page.check('input[name="segments-method"][value="rule"]');
    await page.fill('#segments-rule', 'Revenue > 200');
    await page.click('#segments-apply');
    await status('segments-status', /customers in 2 segments/);
    await page.click('#segment-open-0');
    await status('segments-count', /customers/);
    await page.click('#segments-save');
    await status('segments-save-status', /Give the segment a name/);
    await page.fill('#segments-name', 'Big spenders');
    const before = records('Customers');
    await page.click('#segments-save');
    const members = records('Customers').filter((c) => Number(c.Revenue) > 200);
    await status('segments-save-status', /^Saved “Big spenders”/);
    expect(await text('#segments-save-status')).toBe(
      `Saved “Big spenders” in the Segments tab: ${members.length} customers. Customers’ Segments column: the name added to ${members.length} customers.`,
    );
    const saved = records('Segments');
    expect(saved.map((s) => [s.Segment, s.Definition, s.Customers])).toEqual([
      ['Big spenders', 'Revenue > 200', members.length],
    ]);
    const segmentsOf = () => records('Customers').map((c) => [c['Customer ID'], c.Segments]);
    const expected = before.map((c) => {
      const names = [c.Segments ? String(c.Segments) : '', Number(c.Revenue) > 200 ? 'Big spenders' : ''];
      return [c['Customer ID'], names.filter(Boolean).join(', ')];
    });
    expect(segmentsOf()).toEqual(expected);
    await shot('saved');

    await page.click('#segments-follow-up');
    await status('segments-save-status', /^Drafted the rule "Big spenders"/);
    expect(records('Follow-ups').map((r) => [r.Rule, r.Active, r.Audience, r.Trigger])).toEqual([
      ['Big spenders', false, 'Big spenders', 'new_segment_member'],
    ]);
    await page.click('#segments-follow-up');
    await status('segments-save-status', /already has a rule named "Big spenders"/);
    expect(records('Follow-ups')).toHaveLength(1);

    await page.click('#segments-undo');
    await status('segments-save-status', /^Undid the save of segment "Big spenders"/);
    expect(dialogs).toEqual([
      'confirm: Undo saving “Big spenders”? The Segments tab and the Customers’ Segments column go back to how they were before.',
    ]);
    expect(records('Segments')).toEqual([]);
    expect(segmentsOf()).toEqual(
      records('Customers').map((c, i) => [c['Customer ID'], i === 4 ? 'Old friends' : '']),
    );
  });

  it('is used with the keyboard: arrows pick the method, Tab reaches the segments, Enter lists one', async () => {
    await openSegments();
    await page.focus('input[name="segments-method"][value="rfm"]');
    await page.keyboard.press('ArrowRight');
    expect(await page.isChecked('input[name="segments-method"][value="kmeans"]')).toBe(true);
    await status('segments-quality', /clusters/);
    await page.focus('#segments-measure');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('segment-open-0');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('segment-open-1');
    await page.keyboard.press('Enter');
    await status('segments-count', /customers/);
    expect(await text('#segments-detail-title')).toBe('Cluster 2');
    expect(await page.getAttribute('#segment-open-1', 'aria-pressed')).toBe('true');
    // The focus stays on the segment, visibly outlined.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('segment-open-1');
    const outline = await page.$eval('#segment-open-1', (b) => getComputedStyle(b).outlineStyle);
    expect(outline).toBe('solid');
  });
});
