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
    expect(await selected()).toEqual(['Import:true:0', 'Formulas:false:-1']);
    expect(await page.getAttribute('#panel-formulas', 'aria-labelledby')).toBe('tab-formulas');
    await page.focus('#tab-import');
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toEqual(['Import:false:-1', 'Formulas:true:0']);
    expect(await page.isVisible('#panel-formulas')).toBe(true);
    expect(await page.isVisible('#panel-import')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-formulas');
    await page.keyboard.press('ArrowRight'); // wraps round to the first tab
    expect(await selected()).toEqual(['Import:true:0', 'Formulas:false:-1']);
    await page.keyboard.press('ArrowLeft');
    expect(await selected()).toEqual(['Import:false:-1', 'Formulas:true:0']);
  });
});
