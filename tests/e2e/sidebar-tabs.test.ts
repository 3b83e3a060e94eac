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
    const tabs = ['Import', 'Customer', 'Formulas', 'Automation', 'Segments'];
    const only = (current: string) => tabs.map((t) => (t === current ? `${t}:true:0` : `${t}:false:-1`));
    expect(await selected()).toEqual(only('Import'));
    for (const id of ['import', 'customer', 'formulas', 'automation', 'segments']) {
      expect(await page.getAttribute(`#panel-${id}`, 'aria-labelledby')).toBe(`tab-${id}`);
      expect(await page.getAttribute(`#tab-${id}`, 'aria-controls')).toBe(`panel-${id}`);
    }
    await page.focus('#tab-import');
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toEqual(only('Customer'));
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toEqual(only('Formulas'));
    expect(await page.isVisible('#panel-formulas')).toBe(true);
    expect(await page.isVisible('#panel-import')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-formulas');
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toEqual(only('Automation'));
    expect(await page.isVisible('#panel-automation')).toBe(true);
    expect(await page.isVisible('#panel-formulas')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-automation');
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toEqual(only('Segments'));
    expect(await page.isVisible('#panel-segments')).toBe(true);
    await page.keyboard.press('ArrowRight'); // wraps round to the first tab
    expect(await selected()).toEqual(only('Import'));
    await page.keyboard.press('ArrowLeft'); // and back round to the last
    expect(await selected()).toEqual(only('Segments'));
    await page.keyboard.press('ArrowLeft');
    expect(await selected()).toEqual(only('Automation'));
  });
});
