// google.script.run as the sandbox and the sidebar tests give it: asynchronous, JSON only, ten calls at a time.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOGLE_SCRIPT_RUN, MAX_CALLS_IN_FLIGHT } from '../../src/local/sandbox/google-script-run';
import { launchChromium } from './sidebar-page';

/** The page's google.script.run, loosely typed: the test calls names the sidebar's API does not have. */
interface Runner {
  [name: string]: (...args: unknown[]) => Runner;
}
type Run = { script: { run: Runner } };

let browser: Browser;
let page: Page;

/** A page whose __crmCall keeps every call pending until the test settles it (window.__settle). */
const HOST = `
window.__pending = [];
window.__crmCall = (name, json) => new Promise((resolve) => window.__pending.push({ name, json, resolve }));
window.__settle = (i, reply) => window.__pending[i].resolve(reply);
window.__log = [];
`;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setContent(
    `<html><head><script>${HOST}${GOOGLE_SCRIPT_RUN}</script></head><body></body></html>`,
  );
});

afterAll(async () => {
  await browser?.close();
});

describe('google.script.run', () => {
  it('sends ten calls at once; the eleventh waits until one of them finished', async () => {
    const inFlight = await page.evaluate(() => {
      const w = window as unknown as { google: Run; __pending: unknown[] };
      for (let i = 0; i < 11; i++) w.google.script.run.getSomething(i);
      return new Promise<number>((resolve) => setTimeout(() => resolve(w.__pending.length), 0));
    });
    expect(MAX_CALLS_IN_FLIGHT).toBe(10);
    expect(inFlight).toBe(10);
    const after = await page.evaluate(() => {
      const w = window as unknown as {
        __pending: Array<{ json: string }>;
        __settle: (i: number, r: unknown) => void;
      };
      w.__settle(0, { value: 1 });
      return new Promise<string[]>((resolve) => setTimeout(() => resolve(w.__pending.map((p) => p.json)), 0));
    });
    expect(after).toHaveLength(11);
    expect(after[10]).toBe('[10]');
  });

  it('calls the success handler later, with the value and the user object; errors go to the failure handler', async () => {
    const log = await page.evaluate(async () => {
      const w = window as unknown as {
        google: Run;
        __pending: unknown[];
        __settle: (i: number, r: unknown) => void;
      };
      const log: string[] = [];
      const start = w.__pending.length;
      // Free the slots the first test filled.
      for (let i = 1; i < start; i++) w.__settle(i, { value: null });
      await new Promise((r) => setTimeout(r, 0));
      const base = w.__pending.length;
      w.google.script.run
        .withSuccessHandler((value: unknown, user: unknown) =>
          log.push(`ok ${JSON.stringify(value)} ${user}`),
        )
        .withUserObject('row 7')
        .listSegments({ method: 'rfm' });
      w.google.script.run
        .withFailureHandler((error: Error, user: unknown) => log.push(`failed ${error.message} ${user}`))
        .withUserObject('row 8')
        .saveSegment('x');
      log.push('returned');
      await new Promise((r) => setTimeout(r, 0));
      w.__settle(base, { value: { segments: 3 } });
      w.__settle(base + 1, { error: 'Exception: no such segment' });
      await new Promise((r) => setTimeout(r, 0));
      return log;
    });
    expect(log).toEqual(['returned', 'ok {"segments":3} row 7', 'failed Exception: no such segment row 8']);
  });

  it('refuses a Date or a function argument at once, sending nothing', async () => {
    const result = await page.evaluate(() => {
      const w = window as unknown as { google: Run; __pending: unknown[] };
      const before = w.__pending.length;
      const errors: string[] = [];
      for (const arg of [new Date(), { at: new Date() }, () => 1]) {
        try {
          w.google.script.run.importCsv(arg);
        } catch (error) {
          errors.push((error as Error).message);
        }
      }
      return { errors, sent: w.__pending.length - before };
    });
    expect(result.errors).toEqual([
      'Failed due to illegal value in property: 0',
      'Failed due to illegal value in property: at',
      'Failed due to illegal value in property: 0',
    ]);
    expect(result.sent).toBe(0);
  });
});
