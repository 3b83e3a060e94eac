import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir } from './screenshot-dir';
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

  it('keeps one row at 300 px that scrolls to the chosen tab, Home and End jumping to the ends', async () => {
    const bar = () =>
      page.$eval('#tabs', (el) => ({
        height: el.getBoundingClientRect().height,
        tabTops: [...el.querySelectorAll('[role="tab"]')].map((t) =>
          Math.round(t.getBoundingClientRect().top),
        ),
        overflows: el.scrollWidth > el.clientWidth,
        classes: el.className,
      }));
    await page.focus('#tab-import');
    await page.keyboard.press('Home');
    const start = await bar();
    // Every tab on one line, the bar narrower than the tabs: the right edge fades.
    expect(new Set(start.tabTops).size).toBe(1);
    expect(start.overflows).toBe(true);
    expect(start.classes).toContain('more-right');
    expect(start.classes).not.toContain('more-left');
    await page.screenshot({
      path: join(screenshotDir(), 'tabs-start.png'),
      clip: { x: 0, y: 0, width: 300, height: 60 },
    });
    await page.keyboard.press('End');
    expect(await selected()).toEqual(
      ['Import', 'Segments', 'Customer', 'Follow-ups', 'Formulas'].map((t) =>
        t === 'Formulas' ? `${t}:true:0` : `${t}:false:-1`,
      ),
    );
    await page.waitForFunction(() => document.querySelector('#tabs')?.classList.contains('more-left'));
    // The last tab is scrolled fully into view.
    const visible = await page.$eval('#tab-formulas', (tab) => {
      const box = tab.getBoundingClientRect();
      const frame = (tab.parentElement as HTMLElement).getBoundingClientRect();
      return box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5;
    });
    expect(visible).toBe(true);
    await page.screenshot({
      path: join(screenshotDir(), 'tabs-end.png'),
      clip: { x: 0, y: 0, width: 300, height: 60 },
    });
    await page.keyboard.press('Home');
    expect((await selected())[0]).toBe('Import:true:0');
  });
});
