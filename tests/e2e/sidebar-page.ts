// Test harness: dist/Sidebar.html in headless Chromium, its google.script.run served by the bundle in the emulator.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ensureBundle } from '../../src/local/cli/bundle-session';
import { EmulatorEnvironment } from '../../src/local/emulator/emulator-environment';
import { emptyWorkbook } from '../../src/local/emulator/workbook-data';
import { LocalRuntime } from '../../src/local/runtime/local-runtime';
import { findChromium } from './find-chromium';

/** Starts headless Chromium (found by findChromium: no system package needed). */
export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = await findChromium();
  return chromium.launch({ executablePath, args });
}

/**
 * google.script.run in the page: each call goes to window.__crmCall (exposed by the test), which
 * runs the sidebar API function as one 'sidebar' execution of the bundle. Arguments cross as JSON,
 * as they do in Apps Script, and handlers are called asynchronously.
 */
const GOOGLE_SCRIPT_RUN = `
(() => {
  const runner = (success, failure) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (handler) => runner(handler, failure);
      if (name === 'withFailureHandler') return (handler) => runner(success, handler);
      return (...args) => {
        window.__crmCall(String(name), JSON.stringify(args)).then((reply) => {
          if ('error' in reply) { if (failure) failure(new Error(reply.error)); }
          else if (success) success(reply.value);
        });
      };
    },
  });
  window.google = { script: { run: runner(null, null) } };
})();`;

/** The bundle on an emulated workbook, and the sidebar open on it in a new page. */
export async function openSidebar(browser: Browser): Promise<{
  page: Page;
  runtime: LocalRuntime;
  environment: EmulatorEnvironment;
  calls: string[];
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
  await page.exposeFunction('__crmCall', (name: string, args: string) => {
    calls.push(name);
    const result = runtime.run(name, JSON.parse(args), { kind: 'sidebar' });
    return result.error ? { error: result.error.message } : { value: result.value };
  });
  // Apps Script's host page defines google.script.run before the sidebar's own script runs.
  await page.setContent(html.replace('<head>', () => `<head><script>${GOOGLE_SCRIPT_RUN}</script>`));
  return { page, runtime, environment, calls };
}
