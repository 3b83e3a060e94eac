// Reading the sidebar page as text in browser tests: a selector's text, and waiting for a status line.
import type { Page } from 'playwright-core';

/** The text of the first element matching `selector` ('' when it has none). */
export async function textOf(page: Page, selector: string): Promise<string> {
  return (await page.textContent(selector)) ?? '';
}

/** Waits until the element `#id` reads something matching `pattern`, and returns its text. */
export async function statusMatching(page: Page, id: string, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    ([selector, source]) => new RegExp(source).test(document.querySelector(selector)?.textContent ?? ''),
    [`#${id}`, pattern.source] as const,
    { timeout: 60_000 },
  );
  return textOf(page, `#${id}`);
}

/** The Segments tab's table as text rows below its header: name, customers, share, CLV, churn. */
export function segmentTableRows(page: Page): Promise<string[][]> {
  return page.$$eval('#segments-table tr', (rows) =>
    rows.slice(1).map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  );
}
