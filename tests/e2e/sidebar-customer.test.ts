// The sidebar's Customer tab in Chromium over the bundle: search, timeline, logging, consent, unsubscribe, duplicates.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CustomerSearch } from '../../src/app/search-customers';
import type { EmulatorEnvironment } from '../../src/local/emulator/emulator-environment';
import type { CellValue } from '../../src/local/emulator/workbook-data';
import { appendRecords } from '../../src/local/emulator/workbook-records';
import type { LocalRuntime } from '../../src/local/runtime/local-runtime';
import { screenshotDir } from './screenshot-dir';
import { openSetUpSidebar } from './set-up-sidebar';
import { launchChromium, type ServerAnswers } from './sidebar-page';

const SHOTS = screenshotDir();
const HOSTILE = '<img src=x onerror=alert(1)>';
const DAY = 86_400_000;

let browser: Browser;
let page: Page;
let runtime: LocalRuntime;
let environment: EmulatorEnvironment;
let calls: string[];
let answers: ServerAnswers;
let dialogs: string[];

const ago = (days: number, hours = 0) => new Date(environment.now.getTime() - days * DAY - hours * 3_600_000);

/**
 * A ceramics studio: Ana Lima, a regular with orders, a question by email, a survey answer and a
 * sent follow-up; "Ana  Lima" again from a second shop under her work address (a duplicate); a
 * customer with a hostile name; Bruno, who unsubscribed; and a few more.
 */
function studio(): void {
  const wb = environment.workbook;
  appendRecords(wb, 'Customers', [
    {
      'Customer ID': 'C001',
      Name: 'Ana Lima',
      Email: 'ana.lima@example.com',
      Phone: '+351 912 345 678',
      Channel: 'shopify',
      Consent: true,
      Orders: 3,
      'First order': ago(200),
      'Last order': ago(6),
      Revenue: 187.4,
      'P(alive)': 0.82,
      'Churn risk': 0.18,
      'Predicted CLV 12m': 412.5,
      'RFM segment': 'Loyal',
      'Last contacted': ago(2),
    },
    {
      'Customer ID': 'C002',
      Name: 'Ana  Lima',
      Email: 'ana@lima-studio.example',
      Company: 'Lima Studio',
      Channel: 'stripe',
      Tags: 'wholesale',
      Consent: true,
    },
    { 'Customer ID': 'C003', Name: HOSTILE, Email: 'mallory@example.com', Consent: true },
    {
      'Customer ID': 'C004',
      Name: 'Bruno Costa',
      Email: 'bruno@example.com',
      Consent: false,
      'Unsubscribed at': ago(3),
    },
    { 'Customer ID': 'C005', Name: 'Carla Dias', Email: 'carla@example.com', Phone: '+351 913 000 111' },
    { 'Customer ID': 'C006', Name: 'Anabela Reis', Email: 'anabela@example.com' },
    // A regular who went quiet: RFM still ranks her 10 orders Loyal, the model thinks her gone.
    {
      'Customer ID': 'C007',
      Name: 'Dora Faria',
      Email: 'dora@example.com',
      Orders: 10,
      'First order': ago(400),
      'Last order': ago(130),
      Frequency: 9,
      Revenue: 640,
      'P(alive)': 0.06,
      'Churn risk': 0.94,
      'Predicted CLV 12m': 8.2,
      'RFM segment': 'Loyal',
    },
  ]);
  const order = (
    id: string,
    customer: string,
    days: number,
    amount: number,
    extra: Record<string, CellValue> = {},
  ) => ({
    'Order ID': id,
    'Customer ID': customer,
    Date: ago(days),
    Amount: amount,
    Currency: 'EUR',
    Channel: 'shopify',
    Status: 'paid',
    ...extra,
  });
  appendRecords(wb, 'Orders', [
    order('#1001', 'C001', 200, 46.9, { Product: 'Glazed bowl' }),
    order('#1002', 'C001', 90, 82.5, { Product: 'Tea set', Quantity: 2 }),
    order('#1003', 'C001', 6, 58, { Product: 'Vase' }),
    order('ch_77', 'C002', 40, 120, { Channel: 'stripe', Product: 'Wholesale mugs' }),
    order('#1004', 'C005', 10, 30),
  ]);
  appendRecords(wb, 'Interactions', [
    {
      Date: ago(2),
      'Customer ID': 'C001',
      Email: 'ana.lima@example.com',
      Channel: 'email',
      Direction: 'in',
      Subject: 'Question about the glaze',
      Notes: 'Is the vase dishwasher safe?',
      Source: 'gmail',
    },
  ]);
  appendRecords(wb, 'Interactions', [
    {
      Date: ago(1),
      'Customer ID': 'C003',
      Channel: 'chat',
      Direction: 'in',
      Subject: HOSTILE,
      Notes: HOSTILE,
    },
  ]);
  appendRecords(wb, 'Surveys', [
    { Date: ago(5), Email: 'ana.lima@example.com', NPS: 9, CSAT: 5, Comment: 'Lovely packaging' },
  ]);
  appendRecords(wb, 'Outbox', [
    {
      Key: 'thanks|1|C001|1',
      Rule: 'thanks',
      Step: 1,
      'Customer ID': 'C001',
      Email: 'ana.lima@example.com',
      Subject: 'Thank you for your order, Ana',
      Status: 'sent',
      'Planned at': ago(5, 1),
      'Sent at': ago(5, -1),
    },
    {
      Key: 'review|1|C001|1',
      Rule: 'review',
      Step: 1,
      'Customer ID': 'C001',
      Email: 'ana.lima@example.com',
      Subject: 'How was the vase?',
      Status: 'planned',
      'Planned at': ago(0),
    },
  ]);
}

/** The rows of a tab of the emulated workbook as header → value records. */
function records(tab: string): Array<Record<string, CellValue>> {
  const sheet = environment.workbook.sheets.find((s) => s.name === tab)!;
  const [header, ...rows] = sheet.values;
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? ''])));
}

const customer = (id: string) => records('Customers').find((r) => r['Customer ID'] === id);

async function openTab(): Promise<void> {
  await page.click('#tab-customer');
  await page.waitForFunction(() => document.activeElement?.id === 'customer-search');
}

/** Types a query and waits for its results. */
async function search(query: string): Promise<string[]> {
  await page.fill('#customer-search', '');
  await page.type('#customer-search', query, { delay: 15 });
  await page.waitForFunction(
    (q) =>
      document.querySelector<HTMLElement>('#customer-results')?.dataset.query === q &&
      !/Searching/.test(document.querySelector('#customer-search-status')?.textContent ?? ''),
    query,
  );
  return page.$$eval('.customer-result', (buttons) =>
    buttons.map(
      (b) =>
        `${b.querySelector('.result-name')?.textContent} | ${b.querySelector('.result-sub')?.textContent}`,
    ),
  );
}

/** Searches and opens the first match, waiting for its timeline. */
async function openCustomer(query: string, name: string): Promise<void> {
  await search(query);
  await page.click('.customer-result');
  await page.waitForFunction((n) => document.querySelector('#customer-name')?.textContent === n, name);
  await page.waitForFunction(
    () => (document.querySelector('#customer-status')?.textContent ?? '') !== 'Loading…',
  );
}

function timeline(): Promise<string[]> {
  return page.$$eval('#customer-timeline li', (items) =>
    items.map((li) =>
      [
        li.querySelector('.event-kind')?.textContent,
        li.querySelector('.event-time')?.textContent,
        li.querySelector('.event-title')?.textContent,
        li.querySelector('.event-detail')?.textContent ?? '',
      ].join(' | '),
    ),
  );
}

async function status(pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('#customer-status')?.textContent ?? ''),
    pattern.source,
  );
  return (await page.textContent('#customer-status')) ?? '';
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  ({ page, runtime, environment, calls, answers, dialogs } = await openSetUpSidebar(browser));
  studio();
});

describe('the Customer tab: search', () => {
  it('searches by name, email and phone as one types, with one call for a word typed quickly', async () => {
    await openTab();
    // The page's timers run only when the test says, so "quickly" does not depend on the machine's speed.
    await page.clock.install();
    await page.keyboard.type('lima');
    await page.clock.runFor(200);
    expect(calls.filter((c) => c === 'searchCustomers')).toHaveLength(0);
    await page.clock.runFor(100);
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('#customer-results')?.dataset.query === 'lima',
    );
    expect(
      await page.$$eval('.customer-result', (buttons) =>
        buttons.map(
          (b) =>
            `${b.querySelector('.result-name')?.textContent} | ${b.querySelector('.result-sub')?.textContent}`,
        ),
      ),
    ).toEqual([
      'Ana Lima | ana.lima@example.com · +351\u00a0912\u00a0345\u00a0678 · C001',
      'Ana  Lima | ana@lima-studio.example · C002',
    ]);
    // Four keys within the wait made one search.
    expect(calls.filter((c) => c === 'searchCustomers')).toHaveLength(1);
    expect(await page.textContent('#customer-search-status')).toBe('2 matches.');
    await page.clock.resume();
    expect(await search('bruno@')).toEqual(['Bruno Costa | bruno@example.com · C004']);
    expect(await search('913 000')).toEqual([
      'Carla Dias | carla@example.com · +351\u00a0913\u00a0000\u00a0111 · C005',
    ]);
    expect(await search('zzz')).toEqual([]);
    expect(await page.textContent('#customer-search-status')).toBe('No customer matches “zzz”.');
  });
  it('sends one search at a time: what is typed while the server answers is searched once, afterwards', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const queries: string[] = [];
    answers.searchCustomers = async (query) => {
      queries.push(String(query));
      if (queries.length === 1) await held;
      return runtime.run('searchCustomers', [query], { kind: 'sidebar' }).value as CustomerSearch;
    };
    await openTab();
    await page.clock.install();
    await page.keyboard.type('an');
    await page.clock.runFor(300);
    await expect.poll(() => queries.length).toBe(1);
    await page.keyboard.type('a');
    await page.clock.runFor(300);
    await page.keyboard.type(' l');
    await page.clock.runFor(300);
    expect(queries).toEqual(['an']);
    release();
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('#customer-results')?.dataset.query === 'ana l',
    );
    expect(queries).toEqual(['an', 'ana l']);
    expect(await page.$$eval('.result-name', (names) => names.map((n) => n.textContent))).toEqual([
      'Ana Lima',
      'Ana  Lima',
    ]);
    await page.clock.resume();
  });
});

describe('the Customer tab: one customer', () => {
  it('shows the metrics in words and one timeline across channels, newest first, without planned emails', async () => {
    await openTab();
    await openCustomer('ana.lima@', 'Ana Lima');
    expect(await page.textContent('#customer-contact')).toBe(
      'ana.lima@example.com · +351 912 345 678 · C001',
    );
    const metrics = await page.$$eval('.metric', (rows) =>
      rows.map((r) => `${r.querySelector('dt')?.textContent}: ${r.querySelector('dd')?.textContent}`),
    );
    expect(metrics).toEqual([
      'Likely to buy again: high (82 %)',
      'Churn risk: low (18 %)',
      'Predicted value, next 12 months: 412.50',
      'Orders: 3, revenue 187.40',
      'RFM segment: Loyal',
      `Last order: ${new Date(ago(6).getTime() + 2 * 3_600_000).toISOString().slice(0, 10)} (6 days ago)`,
      `Last contact: ${new Date(ago(2).getTime() + 2 * 3_600_000).toISOString().slice(0, 10)} (2 days ago)`,
    ]);
    // Times in the spreadsheet's zone (Berlin, UTC+2 in summer); now is 2024-06-01 12:00 UTC.
    expect(await timeline()).toEqual([
      'Contact | 2024-05-30 14:00 | Email · from them | Question about the glaze · Is the vase dishwasher safe?',
      'Email | 2024-05-27 15:00 | Email sent: Thank you for your order, Ana | follow-up thanks',
      'Survey | 2024-05-27 14:00 | Survey answer · NPS 9 · CSAT 5 | Lovely packaging',
      'Order | 2024-05-26 14:00 | Order #1003 · 58.00 EUR | shopify · Vase',
      // Winter time in Berlin: UTC+1.
      'Order | 2024-03-03 13:00 | Order #1002 · 82.50 EUR | shopify · 2 × Tea set',
      'Order | 2023-11-14 13:00 | Order #1001 · 46.90 EUR | shopify · Glazed bowl',
    ]);
  });

  it('logs a call in two clicks: an Interactions row with Source sidebar, its notes kept as text', async () => {
    await openTab();
    await openCustomer('Ana Lima', 'Ana Lima');
    const before = records('Interactions').length;
    await page.click('#customer-log-call');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('customer-log-notes');
    await page.fill('#customer-log-notes', '=HYPERLINK("http://evil.example","x") wants a blue vase');
    await page.click('#customer-log-save');
    expect(await status(/logged/)).toBe('Call logged in Interactions.');
    const rows = records('Interactions');
    expect(rows).toHaveLength(before + 1);
    const row = rows[rows.length - 1];
    expect(row).toMatchObject({
      'Customer ID': 'C001',
      Email: 'ana.lima@example.com',
      Channel: 'phone',
      Direction: 'out',
      Notes: '=HYPERLINK("http://evil.example","x") wants a blue vase',
      Source: 'sidebar',
    });
    // The virtual clock moves on with each service call: the row is dated during this test.
    expect((row.Date as Date).getTime()).toBeGreaterThanOrEqual(Date.parse('2024-06-01T12:00:00Z'));
    expect((row.Date as Date).getTime()).toBeLessThanOrEqual(environment.now.getTime());
    // Stored as text, not as a formula.
    const sheet = environment.workbook.sheets.find((s) => s.name === 'Interactions')!;
    expect(sheet.formulas.size).toBe(0);
    await page.waitForFunction(
      () => document.querySelector('#customer-timeline li .event-title')?.textContent === 'Phone · to them',
    );
    expect((await timeline())[0]).toBe(
      'Contact | 2024-06-01 14:00 | Phone · to them | =HYPERLINK("http://evil.example","x") wants a blue vase',
    );
    expect(await page.isHidden('#customer-log-form')).toBe(true);
  });

  it('adds a note on another channel and cancels a form with Escape', async () => {
    await openTab();
    await openCustomer('Carla', 'Carla Dias');
    await page.click('#customer-log-meeting');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#customer-log-form')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('customer-log-meeting');
    await page.click('#customer-log-note');
    await page.selectOption('#customer-log-channel', 'chat');
    await page.fill('#customer-log-notes', 'Prefers WhatsApp');
    await page.click('#customer-log-save');
    await status(/logged/);
    expect(records('Interactions').at(-1)).toMatchObject({
      'Customer ID': 'C005',
      Channel: 'chat',
      Direction: '',
      Subject: 'Note',
      Notes: 'Prefers WhatsApp',
      Source: 'sidebar',
    });
  });

  it("edits the Consent of that customer's row only, and logs it", async () => {
    await openTab();
    await openCustomer('Ana Lima', 'Ana Lima');
    expect(await page.isChecked('#customer-consent')).toBe(true);
    await page.click('#customer-consent');
    expect(await status(/Consent/)).toBe('Consent unticked: no follow-ups are sent.');
    expect(customer('C001')?.Consent).toBe(false);
    expect(records('Customers').map((r) => r.Consent)).toEqual([false, true, true, false, '', '', '']);
    expect(records('Log').at(-1)).toMatchObject({
      Action: 'consent',
      Details: 'C001: consent withdrawn in the sidebar',
    });
  });

  it('shows an unsubscribe and undoes it: the cell is cleared and the Log says so', async () => {
    await openTab();
    await openCustomer('bruno', 'Bruno Costa');
    expect(await page.textContent('#customer-unsubscribed-text')).toBe(
      'Unsubscribed on 2024-05-29 14:00: no follow-ups are sent.',
    );
    await page.click('#customer-unsubscribe-undo');
    expect(await status(/undone/)).toBe(
      'Unsubscribe undone (logged). Tick Consent too if they want follow-ups again.',
    );
    expect(customer('C004')?.['Unsubscribed at']).toBe('');
    expect(customer('C004')?.Consent).toBe(false);
    expect(await page.isHidden('#customer-unsubscribed')).toBe(true);
    expect(records('Log').at(-1)).toMatchObject({
      Action: 'unsubscribe undone',
      Details: 'C004: "Unsubscribed at" 2024-05-29 14:00 cleared in the sidebar',
    });
  });
});

describe('the Customer tab: duplicates', () => {
  it('merges a duplicate after a confirmation, and Undo merge puts both back', async () => {
    await openTab();
    await openCustomer('ana.lima@', 'Ana Lima');
    const duplicates = await page.$$eval('.duplicate', (items) =>
      items.map(
        (i) =>
          `${i.querySelector('.duplicate-name')?.textContent} | ${i.querySelector('.duplicate-sub')?.textContent}`,
      ),
    );
    expect(duplicates).toEqual(['Ana  Lima | ana@lima-studio.example · C002 · same name']);
    await page.click('.duplicate button:text("Merge")');
    expect(await status(/Merged/)).toBe(
      'Merged Ana  Lima into this customer: 1 row moved; metrics follow at the next refresh. Undo merge',
    );
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]).toMatch(/^confirm: Merge Ana {2}Lima \(C002\) into Ana Lima \(C001\)\?/);
    expect(customer('C002')).toBeUndefined();
    expect(customer('C001')).toMatchObject({
      Company: 'Lima Studio',
      Tags: 'wholesale',
      Channel: 'shopify, stripe',
    });
    expect(String(customer('C001')?.Notes)).toMatch(
      /^Email: ana@lima-studio\.example \(from merge of C002, 2024-06-01\)$/,
    );
    expect(records('Orders').find((o) => o['Order ID'] === 'ch_77')?.['Customer ID']).toBe('C001');
    await page.waitForFunction(
      () => document.querySelectorAll('#customer-timeline .event-order').length === 4,
    );
    expect(await page.isHidden('#customer-duplicates-box')).toBe(true);
    // The search list no longer offers the customer merged away.
    await page.waitForFunction(() => document.querySelectorAll('.customer-result').length === 1);
    await page.screenshot({ path: join(SHOTS, 'customer-merged.png'), fullPage: true });

    await page.click('#customer-merge-undo');
    expect(await status(/Undid/)).toMatch(/^Undid the merge of 2024-06-01 14:00\.$/);
    expect(customer('C002')).toMatchObject({ Name: 'Ana  Lima', Email: 'ana@lima-studio.example' });
    expect(customer('C001')).toMatchObject({ Company: '', Tags: '', Channel: 'shopify', Notes: '' });
    expect(records('Orders').find((o) => o['Order ID'] === 'ch_77')?.['Customer ID']).toBe('C002');
    await page.waitForFunction(
      () => document.querySelectorAll('#customer-timeline .event-order').length === 3,
    );
    expect(await page.isVisible('#customer-duplicates-box')).toBe(true);
  });

  it('"Not the same" is remembered: the pair is not suggested again, from either side', async () => {
    await openTab();
    await openCustomer('ana.lima@', 'Ana Lima');
    await page.click('.duplicate button:text("Not the same")');
    expect(await status(/not be suggested/)).toBe('Ana  Lima will not be suggested again.');
    expect(await page.isHidden('#customer-duplicates-box')).toBe(true);
    expect(environment.properties.document.get('crm.notSameCustomers')).toBe('["C001|C002"]');
    await openCustomer('lima-studio', 'Ana  Lima');
    expect(await page.isHidden('#customer-duplicates-box')).toBe(true);
    expect(customer('C002')).toBeDefined();
  });
});

describe('the Customer tab: safety and keyboard', () => {
  it('shows a hostile name as text: no img element, no dialog', async () => {
    await openTab();
    expect(await search('mallory')).toEqual([`${HOSTILE} | mallory@example.com · C003`]);
    await page.click('.customer-result');
    await page.waitForFunction((n) => document.querySelector('#customer-name')?.textContent === n, HOSTILE);
    await page.waitForFunction(
      () => document.querySelectorAll('#customer-timeline .event-interaction').length === 1,
    );
    expect(await page.textContent('#customer-timeline .event-detail')).toBe(`${HOSTILE} · ${HOSTILE}`);
    expect(await page.$$eval('img', (images) => images.length)).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('is usable from the keyboard: type, arrow into the results, Enter opens, Tab reaches the log buttons', async () => {
    await openTab();
    await page.keyboard.type('ana', { delay: 15 });
    await page.waitForFunction(() => document.querySelectorAll('.customer-result').length === 3);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Ana Lima/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Anabela Reis/);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('customer-search');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#customer-name')?.textContent === 'Ana Lima');
    await page.focus('#customer-log-call');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('customer-log-notes');
    await page.keyboard.type('Called back about the vase');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('customer-log-save');
    await page.keyboard.press('Enter');
    await status(/logged/);
    expect(records('Interactions').at(-1)?.Notes).toBe('Called back about the vase');
    // The focus ring is visible on the focused control.
    await page.focus('#customer-log-call');
    expect(await page.$eval('#customer-log-call', (b) => getComputedStyle(b).outlineStyle)).toBe('solid');
  });

  it('says why RFM and churn risk disagree, in words, right after the segment', async () => {
    await openTab();
    await openCustomer('dora', 'Dora Faria');
    const metrics = await page.$$eval('.metric', (rows) =>
      rows.map((r) => `${r.querySelector('dt')?.textContent}: ${r.querySelector('dd')?.textContent}`),
    );
    // 270 days over 9 repeat orders: one every 30 days; 130 days since the last, 4.3 times that.
    expect(metrics.slice(4, 6)).toEqual([
      'RFM segment: Loyal',
      'RFM and churn risk: RFM ranks how often they ordered and how much they spent against all customers, ' +
        'and 10 orders put them in Loyal; the model judges the 4 months since their last order against their ' +
        'own pace of an order every 4 weeks, 4 times as long, so it thinks they have probably left (churn risk 94 %).',
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.screenshot({ path: join(SHOTS, 'customer-rfm-churn.png'), fullPage: true });
  });

  it('takes screenshots at the width of the Google sidebar, with nothing wider than it', async () => {
    await openTab();
    await search('lima');
    await page.screenshot({ path: join(SHOTS, 'customer-search.png'), fullPage: true });
    await page.click('.customer-result');
    await page.waitForFunction(() => document.querySelectorAll('#customer-timeline li').length === 6);
    await page.click('#customer-log-call');
    await page.fill('#customer-log-notes', 'Asked about a blue vase for June');
    expect(page.viewportSize()?.width).toBe(300);
    await page.screenshot({ path: join(SHOTS, 'customer-timeline.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await openCustomer('bruno', 'Bruno Costa');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.screenshot({ path: join(SHOTS, 'customer-unsubscribed.png'), fullPage: true });
  });
});
