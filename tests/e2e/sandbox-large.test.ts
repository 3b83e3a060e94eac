// The sandbox's grid on a tab of 100,000 rows: only the rows in view are in the page, the last row reachable.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from '../../src/local/cli/bundle-session';
import { emptyWorkbook } from '../../src/local/emulator/workbook-data';
import { type RunningSandbox, startSandbox } from '../../src/local/sandbox/start-sandbox';
import { writeWorkbook } from '../../src/local/store/write-workbook';
import { launchChromium } from './sidebar-page';

const ROWS = 100_000;
let browser: Browser;
let page: Page;
let running: RunningSandbox;

beforeAll(async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'crm-sandbox-large-')), 'big.xlsx');
  const workbook = emptyWorkbook('Big', 'Etc/UTC');
  const sheet = workbook.sheets[0];
  sheet.values = Array.from({ length: ROWS }, (_, i) => [`C${String(i + 1).padStart(6, '0')}`, i * 1.5]);
  sheet.maxRows = ROWS;
  await writeWorkbook(path, workbook);
  running = await startSandbox({ path, bundlePath: ensureBundle(() => {}), port: 0 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  await page.goto(running.url);
  await page.locator('#grid .cell[data-row="0"][data-column="0"]').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

describe('the sandbox grid on 100,000 rows', () => {
  it('puts only the rows in view in the page, wherever it is scrolled', async () => {
    const rowsInPage = () => page.locator('#grid .row[data-row]').count();
    expect(await rowsInPage()).toBeLessThan(40);
    expect(await page.textContent('#grid .cell[data-row="0"][data-column="0"]')).toBe('C000001');
    await page.$eval('#grid', (grid) => {
      grid.scrollTop = grid.scrollHeight;
    });
    const last = page.locator(`#grid .cell[data-row="${ROWS - 1}"][data-column="0"]`);
    await expect.poll(() => last.textContent()).toBe(`C${ROWS}`);
    expect(await page.textContent(`#grid .cell[data-row="${ROWS - 1}"][data-column="1"]`)).toBe('149998.5');
    expect(await rowsInPage()).toBeLessThan(40);
    await page.$eval('#grid', (grid) => {
      grid.scrollTop = grid.scrollHeight / 2;
    });
    await expect.poll(() => page.locator('#grid .cell[data-row="50000"][data-column="0"]').count()).toBe(1);
    expect(await rowsInPage()).toBeLessThan(40);
  });
});
