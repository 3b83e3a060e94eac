// `npm start`'s sandbox in Chromium: the demo workbook, the menu's Set up and Refresh, a =CRM_NPS formula, the sidebar's segments.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from '../../src/local/cli/bundle-session';
import { writeDemoWorkbook } from '../../src/local/demo/main';
import { type RunningSandbox, startSandbox } from '../../src/local/sandbox/start-sandbox';
import { readWorkbook } from '../../src/local/store/read-workbook';
import { screenshotDir } from './screenshot-dir';
import { launchChromium } from './sidebar-page';

const SHOTS = screenshotDir();
let browser: Browser;
let page: Page;
let running: RunningSandbox;
let path: string;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `sandbox-${name}.png`) });
}

/** Runs a menu item and answers its alerts with OK until it is done. */
async function runMenu(caption: string): Promise<string[]> {
  const asked: string[] = [];
  await page.click('#menu-button');
  // Waits on the page's own requests, not on what it shows: under load a run may take long, and the
  // workbook is fetched again only once the run has finished.
  const awaitRun = () => {
    const replied = page.waitForResponse((r) => r.url().includes('/api/menu'), { timeout: 110_000 });
    const refreshed = page.waitForResponse((r) => r.url().includes('/api/workbook'), { timeout: 110_000 });
    refreshed.catch(() => undefined);
    return { replied, refreshed };
  };
  let run = awaitRun();
  await page.click(`#menu button:text-is("${caption}")`);
  for (;;) {
    const response = await run.replied;
    if (!response.ok()) throw new Error(`${caption}: ${response.status()} ${await response.text()}`);
    const reply = (await response.json()) as { dialog?: unknown };
    if (!reply.dialog) {
      await run.refreshed;
      return asked;
    }
    await page.locator('#dialog-back:not([hidden])').waitFor({ state: 'visible' });
    asked.push((await page.textContent('#dialog-prompt')) ?? '');
    run = awaitRun();
    await page.click('#dialog-buttons button:text-is("OK")');
  }
}

function cell(row: number, column: number) {
  return page.locator(`#grid .cell[data-row="${row}"][data-column="${column}"]`);
}

/** The row (0-based) whose first cell in view reads `text`. */
async function rowOf(text: string): Promise<number> {
  const found = page.locator('#grid .cell[data-column="0"]', { hasText: new RegExp(`^${text}$`) });
  return Number(await found.first().getAttribute('data-row'));
}

async function typeInto(row: number, column: number, text: string): Promise<void> {
  await cell(row, column).click();
  await page.keyboard.type(text);
  const saved = page.waitForResponse((r) => r.url().includes('/api/workbook'));
  await page.keyboard.press('Enter');
  await saved;
}

beforeAll(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'crm-sandbox-')), 'demo.xlsx');
  const bundle = ensureBundle(() => {});
  await writeDemoWorkbook(path, bundle);
  running = await startSandbox({ path, bundlePath: bundle, port: 0 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(running.url);
  await cell(0, 0).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

describe('the sandbox', () => {
  it('shows the demo workbook with its tabs and formatted cells', async () => {
    const tabs = await page.$$eval('#tabs button', (b) => b.map((e) => e.textContent));
    expect(tabs).toContain('Customers');
    expect(tabs).toContain('Dashboard');
    expect(tabs).not.toContain('CRM Undo');
    expect(await cell(0, 0).textContent()).toBe('Customer ID');
    await shot('customers');
  });

  it('runs Set up and Refresh analytics from the Solo CRM menu, asking their alerts', async () => {
    const setUp = await runMenu('Set up');
    expect(setUp.length).toBe(1);
    const refresh = await runMenu('Refresh analytics');
    expect(refresh.length).toBeLessThanOrEqual(1);
    await page.click('#tabs button:text-is("Log")');
    await expect.poll(() => page.locator('#grid .cell', { hasText: /^refresh$/ }).count()).toBeGreaterThan(0);
    await shot('log-after-refresh');
    // Refresh analytics drew the Dashboard's charts (embedded charts, as the emulator models them).
    await page.click('#tabs button:text-is("Dashboard")');
    const charts = page.locator('#grid svg.chart');
    await expect.poll(() => charts.count()).toBeGreaterThan(0);
    expect(await charts.first().getAttribute('aria-label')).not.toBe('Chart');
    expect(await charts.first().locator('rect, path, polyline').count()).toBeGreaterThan(2);
    await shot('dashboard-charts');
  });

  it('computes a typed =CRM_NPS formula over a range with the bundle, and saves it to the file', async () => {
    await page.click('#tabs button:text-is("Interactions")');
    await cell(0, 0).waitFor();
    // Column I has no format (Set up makes A a date-time column and B to H text).
    await typeInto(1, 8, '9');
    await typeInto(2, 8, '10');
    await typeInto(3, 8, '3');
    await typeInto(4, 8, '=CRM_NPS(I2:I4)');
    await expect.poll(() => cell(4, 8).textContent()).toMatch(/^33\.3/);
    await cell(4, 8).click();
    expect(await page.textContent('#cell-input')).toBe('=CRM_NPS(I2:I4)');
    // Typed as Sheets reads it: a date in the date-time column shows in its format.
    await typeInto(1, 0, '2024-01-05');
    await expect.poll(() => cell(1, 0).textContent()).toBe('2024-01-05 00:00');
    await shot('crm-nps');
    const saved = await readWorkbook(path);
    const interactions = saved.sheets.find((s) => s.name === 'Interactions')!;
    expect(interactions.formulas.get('4:8')).toBe('=CRM_NPS(I2:I4)');
    expect(interactions.values[1][8]).toBe(9);
    expect(interactions.values[1][0]).toBeInstanceOf(Date);
  });

  it('opens the real sidebar in a 300 px panel, its google.script.run served by the bundle, and lists segments', async () => {
    await page.click('#menu-button');
    await page.click('#menu button:text-is("Open sidebar")');
    const frameElement = await page.waitForSelector('#sidebar-frame:not([hidden])');
    expect((await frameElement.boundingBox())?.width).toBe(300);
    const frame = (await frameElement.contentFrame()) as Frame;
    await frame.click('#tab-segments');
    await expect
      .poll(() => frame.textContent('#segments-status'), { timeout: 60_000 })
      .toMatch(/customers in \d+ segments/);
    await shot('sidebar-segments');
    // The panel alone, at the 300 px Sheets gives a sidebar.
    await frameElement.screenshot({ path: join(SHOTS, 'sandbox-sidebar-300px.png') });
  });

  it('shows an HTML dialog of the script, such as the follow-ups preview, as text in a frame that runs no script', async () => {
    if (await page.isVisible('#side-close')) await page.click('#side-close');
    await runMenu('Preview follow-ups');
    const back = page.locator('#html-dialog-back');
    await back.waitFor({ state: 'visible' });
    expect(await page.textContent('#html-dialog-title')).toBe('Follow-ups preview');
    expect(await page.getAttribute('#html-dialog-frame', 'sandbox')).toBe('');
    const dialog = page.frameLocator('#html-dialog-frame');
    await expect.poll(() => dialog.locator('textarea').inputValue()).toMatch(/emails would go now/);
    await shot('html-dialog');
    await page.keyboard.press('Escape');
    await back.waitFor({ state: 'hidden' });
  });

  it('turns on automation from the menu, moves the clock a week on and shows the follow-up emails sent in the outbox', async () => {
    if (await page.isVisible('#side-close')) await page.click('#side-close');
    await page.click('#tabs button:text-is("Follow-ups")');
    await cell(0, 0).waitFor();
    const rule = [
      'win-back',
      'TRUE',
      'All',
      'Churn risk above',
      '0.5',
      'We miss you, {{First name|friend}}',
      'Come back soon.',
    ];
    for (const [column, text] of rule.entries()) await typeInto(1, column, text);
    await page.click('#tabs button:text-is("Settings")');
    await cell(0, 0).waitFor();
    await typeInto(await rowOf('Owner email'), 1, 'owner@example.com');
    await typeInto(await rowOf('Dry run'), 1, 'no');
    const asked = await runMenu('Turn on automation');
    expect(asked.join('\n')).toMatch(/Follow-ups: every hour/);
    const played = page.waitForResponse((r) => r.url().includes('/api/clock'), { timeout: 280_000 });
    await page.click('#clock-week');
    const reply = (await (await played).json()) as { runs: unknown[]; sent: number };
    expect(reply.runs.length).toBeGreaterThan(100);
    expect(reply.sent).toBeGreaterThan(0);
    await page.click('#outbox-button');
    const first = page.locator('#outbox .message').first();
    await expect.poll(() => first.textContent()).toMatch(/^We miss you, \S+ — \S+@example\.\S+$/);
    await shot('outbox-list');
    await first.click();
    const headers = await page.$$eval('#outbox dt', (terms) => terms.map((t) => t.textContent));
    expect(headers).toEqual(expect.arrayContaining(['To', 'Subject', 'Sent']));
    expect(await page.textContent('#outbox pre')).toContain('Come back soon.');
    await shot('outbox-message');
  }, 300_000);
});
