import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openSidebar } from './sidebar-page';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  ({ page } = await openSidebar(browser));
});

afterAll(async () => {
  await browser?.close();
});

const selected = () =>
  page.$$eval('[role="tab"]', (tabs) =>
    tabs.map((tab) => `${tab.textContent}:${tab.getAttribute('aria-selected')}:${tab.tabIndex}`),
  );

describe('the sidebar tab bar', () => {
  it('is built from the tab registry, labelled for assistive technology, and follows the arrow keys', async () => {
    const tabs = ['Import', 'Segments', 'Customer', 'Follow-ups', 'Formulas'];
    const only = (current: string) => tabs.map((t) => (t === current ? `${t}:true:0` : `${t}:false:-1`));
    expect(await selected()).toEqual(only('Import'));
    for (const id of ['import', 'formulas', 'automation', 'segments', 'customer']) {
      expect(await page.getAttribute(`#panel-${id}`, 'aria-labelledby')).toBe(`tab-${id}`);
      expect(await page.getAttribute(`#tab-${id}`, 'aria-controls')).toBe(`panel-${id}`);
    }
    await page.focus('#tab-import');
    // ArrowRight walks the tabs in order, showing each panel and moving the focus.
    for (const [id, label] of [
      ['segments', 'Segments'],
      ['customer', 'Customer'],
      ['automation', 'Follow-ups'],
      ['formulas', 'Formulas'],
    ] as const) {
      await page.keyboard.press('ArrowRight');
      expect(await selected()).toEqual(only(label));
      expect(await page.isVisible(`#panel-${id}`)).toBe(true);
      expect(await page.isVisible('#panel-import')).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`tab-${id}`);
    }
    await page.keyboard.press('ArrowRight'); // wraps round to the first tab
    expect(await selected()).toEqual(only('Import'));
    await page.keyboard.press('ArrowLeft'); // and back round to the last
    expect(await selected()).toEqual(only('Formulas'));
    await page.keyboard.press('ArrowLeft');
    expect(await selected()).toEqual(only('Follow-ups'));
  });
});
