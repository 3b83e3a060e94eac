// Child process of the Segments benchmark: 50,000 refreshed customers in the emulator, the built
// sidebar in Chromium, and the time from choosing a method to its table and chart drawn.
// Prints one JSON line of measurements.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { SegmentsView } from '../../src/app/segment-customers';
import { appendRecords } from '../../src/local/emulator/workbook-records';
import { refreshedCustomers } from '../../tests/e2e/refreshed-customers';
import { launchChromium, openSidebar } from '../../tests/e2e/sidebar-page';

/** What the child reports; times in milliseconds, medians of RUNS after one unmeasured run. */
export interface SegmentsBenchReport {
  customers: number;
  sidebarBytes: number;
  sidebarGzipBytes: number;
  methods: Array<{
    method: string;
    segments: number;
    /** Choosing the method to the table and chart drawn, the reply answered at once: Chromium's part. */
    renderMs: number;
    /** The same with the bundle answering in the emulator: server, transfer and drawing. */
    clickToDrawnMs: number;
    /** The getSegments call alone, the bundle in the emulator in Node. */
    serverMs: number;
    /** Its time on the emulator's virtual clock (Apps Script's call costs), and its getValues calls. */
    virtualMs: number;
    getValues: number;
    /** Bytes of JSON the call returns. */
    replyBytes: number;
  }>;
  list: { total: number; shown: number; clickToListedMs: number; replyBytes: number };
}

const CUSTOMERS = 50_000;
const RUNS = 5;

// Page-side expressions, as text: this script is compiled without the DOM's types.
const DRAWN =
  "/customers in \\d+ segments/.test(document.querySelector('#segments-status').textContent) && document.querySelector('#segments-table tr') !== null";
const CLEAR_STATUS = "document.querySelector('#segments-status').textContent = ''";
const CLEAR_TABLE = `${CLEAR_STATUS}; document.querySelector('#segments-table').replaceChildren()`;
const CLEAR_COUNT = "document.querySelector('#segments-count').textContent = ''";
const LISTED = "/customers/.test(document.querySelector('#segments-count').textContent)";

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Waits until the status line reports segments drawn and the table is there. */
async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(DRAWN);
}

/** Median time of RUNS choices of `method` (after one unmeasured), from the click to the table drawn. */
async function clickToDrawn(page: Page, method: string): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    // Clear the table so the wait sees this load's drawing, not the last one's.
    await page.evaluate(CLEAR_TABLE);
    const started = performance.now();
    if (method === 'rule') await page.click('#segments-apply');
    else {
      // Leave for the rule method (which calls nothing while its rule is blank) and come back.
      await page.check('input[name="segments-method"][value="rule"]');
      await page.evaluate(CLEAR_STATUS);
      await page.check(`input[name="segments-method"][value="${method}"]`);
    }
    await page.waitForFunction(DRAWN);
    if (run > 0) samples.push(performance.now() - started);
  }
  return median(samples);
}

async function main(): Promise<SegmentsBenchReport> {
  const browser = await launchChromium();
  try {
    const { page, runtime, environment, answers } = await openSidebar(browser);
    const setUp = runtime.run('setUpWorkbook', [], { kind: 'sidebar' });
    if (setUp.error) throw setUp.error;
    appendRecords(
      environment.workbook,
      'Customers',
      refreshedCustomers(CUSTOMERS, environment.now.getTime()),
    );
    const html = readFileSync(join(process.cwd(), 'dist', 'Sidebar.html'));

    await page.click('#tab-segments');
    await drawn(page);
    const methods: SegmentsBenchReport['methods'] = [];
    for (const [method, rule] of [
      ['rfm', ''],
      ['kmeans', ''],
      ['rule', 'Churn risk > 0.6 AND Revenue > 200 AND Channel = shopify'],
    ] as const) {
      // The server alone: getSegments run by the bundle in the emulator.
      const server: number[] = [];
      let reply: unknown = null;
      let virtualMs = 0;
      let cellsRead = 0;
      for (let run = 0; run <= RUNS; run++) {
        const started = performance.now();
        const result = runtime.run('getSegments', [method, rule], { kind: 'sidebar' });
        if (result.error) throw result.error;
        if (run > 0) server.push(performance.now() - started);
        reply = result.value;
        virtualMs = result.execution.elapsedMs;
        cellsRead = result.execution.count('Range.getValues');
      }
      if (method === 'rule') {
        await page.check('input[name="segments-method"][value="rule"]');
        await page.fill('#segments-rule', rule);
      }
      // The page alone: the same reply answered at once, so the time is Chromium's.
      answers.getSegments = () => reply as SegmentsView;
      const render = await clickToDrawn(page, method);
      delete answers.getSegments;
      const total = await clickToDrawn(page, method);
      methods.push({
        method,
        segments: (reply as SegmentsView).segments.length,
        renderMs: render,
        clickToDrawnMs: total,
        serverMs: median(server),
        virtualMs,
        getValues: cellsRead,
        replyBytes: JSON.stringify(reply).length,
      });
    }

    // The listed page of the first rule segment: the 50 highest CLV of all that match.
    const listSamples: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      await page.evaluate(CLEAR_COUNT);
      const started = performance.now();
      await page.click('#segment-open-1');
      await page.waitForFunction(LISTED);
      if (run > 0) listSamples.push(performance.now() - started);
    }
    const listed = runtime.run(
      'listSegmentCustomers',
      ['NOT (Churn risk > 0.6 AND Revenue > 200 AND Channel = shopify)'],
      {
        kind: 'sidebar',
      },
    );
    if (listed.error) throw listed.error;
    const list = listed.value as { total: number; customers: unknown[] };
    return {
      customers: CUSTOMERS,
      sidebarBytes: html.length,
      sidebarGzipBytes: gzipSync(html).length,
      methods,
      list: {
        total: list.total,
        shown: list.customers.length,
        clickToListedMs: median(listSamples),
        replyBytes: JSON.stringify(list).length,
      },
    };
  } finally {
    await browser.close();
  }
}

process.stdout.write(`${JSON.stringify(await main())}\n`);
