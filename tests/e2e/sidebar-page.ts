// Test harness: dist/Sidebar.html in headless Chromium, its google.script.run served by the bundle in the emulator.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { ServerArgs, ServerFunction, ServerResult } from '../../src/entry/server-api';
import { ensureBundle } from '../../src/local/cli/bundle-session';
import { EmulatorEnvironment } from '../../src/local/emulator/emulator-environment';
import { emptyWorkbook } from '../../src/local/emulator/workbook-data';
import { LocalRuntime } from '../../src/local/runtime/local-runtime';
import { GOOGLE_SCRIPT_RUN } from '../../src/local/sandbox/google-script-run';
import { findChromium } from './find-chromium';

/** Starts headless Chromium (found by findChromium: no system package needed). */
export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = await findChromium();
  return chromium.launch({ executablePath, args });
}

/**
 * Answers a test gives in place of the bundle, by server function: what one returns (or resolves to)
 * reaches the page's success handler as JSON, what it throws (or rejects with) its failure handler.
 * A function without an answer runs in the bundle.
 */
export type ServerAnswers = {
  [K in ServerFunction]?: (...args: ServerArgs<K>) => ServerResult<K> | Promise<ServerResult<K>>;
};

/**
 * The bundle on an emulated workbook, and the sidebar open on it in a new page. `answers` is read at
 * each call, so a test may change it after the page opened.
 */
export async function openSidebar(
  browser: Browser,
  answers: ServerAnswers = {},
): Promise<{
  page: Page;
  runtime: LocalRuntime;
  environment: EmulatorEnvironment;
  calls: string[];
  answers: ServerAnswers;
}> {
  const code = ensureBundle(() => {});
  const html = readFileSync(join(dirname(code), 'Sidebar.html'), 'utf8');
  const environment = new EmulatorEnvironment({
    workbook: emptyWorkbook('Sidebar test', 'Europe/Berlin'),
    now: new Date('2024-06-01T12:00:00Z'),
    files: { Sidebar: html },
  });
  const runtime = LocalRuntime.fromFile(code, environment);
  const calls: string[] = [];
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.exposeFunction('__crmCall', async (name: string, args: string) => {
    calls.push(name);
    const parsed = JSON.parse(args) as unknown[];
    const answer = answers[name as ServerFunction] as ((...a: unknown[]) => unknown) | undefined;
    if (answer) {
      try {
        // JSON both ways, as google.script.run carries it.
        return { value: JSON.parse(JSON.stringify((await answer(...parsed)) ?? null)) };
      } catch (error) {
        return { error: (error as Error).message };
      }
    }
    const result = runtime.run(name, parsed, { kind: 'sidebar' });
    return result.error ? { error: result.error.message } : { value: result.value };
  });
  // Apps Script's host page defines google.script.run before the sidebar's own script runs; each call
  // goes to window.__crmCall, exposed above, as the sandbox's page posts it to its server.
  await page.setContent(html.replace('<head>', () => `<head><script>${GOOGLE_SCRIPT_RUN}</script>`));
  return { page, runtime, environment, calls, answers };
}
