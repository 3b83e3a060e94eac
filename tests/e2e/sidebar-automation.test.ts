// The sidebar's Automation tab in Chromium: triggers on and off, and follow-ups previewed, checked, tested and sent.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AutomationReport, AutomationStatus } from '../../src/app/automation';
import {
  type FollowUpPreview,
  type FollowUpPreviewSummary,
  SKIP_EXAMPLES,
  withoutSkipList,
} from '../../src/app/preview-follow-ups';
import type { FollowUpSendReport } from '../../src/app/send-follow-ups';
import { groupSkips } from '../../src/core/follow-up/group-skips';
import type { EmulatorEnvironment } from '../../src/local/emulator/emulator-environment';
import type { CellValue } from '../../src/local/emulator/workbook-data';
import { appendRecords, setSettingValue } from '../../src/local/emulator/workbook-records';
import type { LocalRuntime } from '../../src/local/runtime/local-runtime';
import { screenshotDir } from './screenshot-dir';
import { openSetUpSidebar } from './set-up-sidebar';
import { launchChromium, type ServerAnswers } from './sidebar-page';

const shots = screenshotDir();
const HOSTILE = '<img src=x onerror=alert(1)>';

let browser: Browser;
let page: Page;
let runtime: LocalRuntime;
let environment: EmulatorEnvironment;
let calls: string[];
let answers: ServerAnswers;
/** Dialogs the page opened (confirm), answered by `nextConfirm`. */
let dialogs: string[];
let nextConfirm: boolean;

/**
 * A small ceramics shop a day after a market: a welcome rule with a 10 % holdout and a review request,
 * a rule with a mistake in it, and customers with long addresses, no consent, a broken address and a
 * hostile name.
 */
function shop(options: { dryRun: boolean }): void {
  const wb = environment.workbook;
  setSettingValue(wb, 'Dry run', options.dryRun);
  setSettingValue(wb, 'Owner email', 'owner@lumen-ceramics.example');
  setSettingValue(wb, 'Sender name', 'Lumen Ceramics');
  setSettingValue(wb, 'Min days between', 0);
  appendRecords(wb, 'Follow-ups', [
    {
      Rule: 'welcome',
      Active: true,
      Audience: 'All',
      Trigger: 'days_after_first_order',
      Value: 0,
      Subject: 'Welcome to Lumen Ceramics, {{First name}}: 10% off your next order',
      Body: 'Hi {{First name|there}}, thank you for your first order.',
      Step: 1,
      'Holdout %': 0.34,
    },
    {
      Rule: 'review-request',
      Active: true,
      Audience: 'All',
      Trigger: 'days_after_last_order',
      Value: 1,
      Subject: 'How was your order, {{First name|friend}}?',
      Body: 'A short review helps a small studio a lot.',
    },
    {
      Rule: 'win-back',
      Active: true,
      Audience: 'All',
      Trigger: 'days_after_nothing',
      Value: 90,
      Subject: 'We miss you',
      Body: 'Come back.',
    },
  ]);
  const yesterday = new Date(environment.now.getTime() - 26 * 3_600_000);
  const customers: Array<Record<string, CellValue>> = [
    { Name: 'Maria Fernanda Albuquerque', Email: 'maria.fernanda.albuquerque-santos@correio-exemplo.pt' },
    { Name: 'João Pedro', Email: 'joao.pedro@example.com' },
    { Name: 'Ana Lima', Email: 'ana.lima@example.com' },
    { Name: HOSTILE, Email: 'mallory@example.com' },
    { Name: 'Bea Kowalczyk-Oliveira', Email: 'bea.k.oliveira+orders@example-mail.com' },
    { Name: 'Carl Weber', Email: 'carl.weber@example.de' },
    { Name: 'Dora Silva', Email: 'dora@example.com', Consent: false },
    { Name: 'Eve Costa', Email: 'eve.costa@example', Consent: true },
    { Name: 'Filipa Rocha', Email: 'filipa@example.com', Consent: false },
    { Name: '', Email: 'no.name@example.com' },
  ];
  appendRecords(
    wb,
    'Customers',
    customers.map((c, i) => ({
      'Customer ID': `C${String(i + 1).padStart(3, '0')}`,
      Consent: true,
      'Predicted CLV 12m': 120 - i * 7,
      ...c,
    })),
  );
  appendRecords(
    wb,
    'Orders',
    customers.map((_, i) => ({
      'Order ID': `#10${i + 10}`,
      'Customer ID': `C${String(i + 1).padStart(3, '0')}`,
      Date: i % 2 ? yesterday : new Date(environment.now.getTime() - 3_600_000),
      Amount: 38 + i,
      Channel: 'shopify',
      Status: 'paid',
    })),
  );
}

/** A preview as the server would answer it, with a hostile value in every text column. */
function hostilePreview(overrides: Partial<FollowUpPreview> = {}): FollowUpPreviewSummary {
  const preview: Omit<FollowUpPreview, 'skipGroups'> = {
    now: '2024-06-01T12:00:00.000Z',
    timeZone: 'Europe/Berlin',
    remainingQuota: 97,
    dryRun: false,
    planned: [
      {
        key: 'welcome|1|C001|1',
        rule: 'welcome',
        step: 1,
        customerId: 'C001',
        email: 'ana@example.com',
        subject: 'Welcome, Ana',
        predictedClv: 120,
      },
      {
        key: `${HOSTILE}|2|C002|1`,
        rule: HOSTILE,
        step: 2,
        customerId: 'C002',
        email: `x${HOSTILE}@example.com`,
        subject: `Hi ${HOSTILE}`,
        predictedClv: null,
      },
    ],
    heldOut: [{ key: 'welcome|1|C009|1', rule: 'welcome', step: 1, customerId: 'C009' }],
    skipped: [
      skip('C003', 'no consent', 'Consent is not ticked'),
      skip('C004', 'outside send hours', 'sends 9:00–18:00 Europe/Berlin'),
      skip('C005', 'no consent', 'Consent is not ticked'),
      skip(HOSTILE, 'invalid email', `"${HOSTILE}" is not an email address`),
      skip('C007', 'no consent', 'Consent is not ticked'),
    ],
    problems: [{ rule: 'win-back', row: 4, message: `Trigger "${HOSTILE}" is not one of the triggers` }],
    results: [
      {
        rule: 'welcome',
        step: 1,
        sent: 40,
        ordered30d: 6,
        revenue30d: 412.5,
        heldOut: 5,
        holdoutOrdered30d: 0,
        holdoutRevenue30d: 0,
        resultsAt: '2024-06-01T09:00:00.000Z',
      },
      {
        rule: HOSTILE,
        step: 1,
        sent: 0,
        ordered30d: 0,
        revenue30d: 0,
        heldOut: 0,
        holdoutOrdered30d: 0,
        holdoutRevenue30d: 0,
        resultsAt: '',
      },
    ],
    ...overrides,
  };
  // As the sidebar API sends it: the skips grouped, the full list left out.
  return withoutSkipList({ ...preview, skipGroups: groupSkips(preview.skipped, SKIP_EXAMPLES) });
}

function skip(
  customerId: string,
  reason: FollowUpPreview['skipped'][number]['reason'],
  detail: string,
): FollowUpPreview['skipped'][number] {
  return {
    rule: 'welcome',
    step: 1,
    customerId,
    email: `${customerId.toLowerCase()}@example.com`,
    reason,
    detail,
  };
}

/** The handlers of the triggers installed in the emulator. */
const handlers = () => environment.triggers.triggers.map((t) => t.handler);

async function text(selector: string): Promise<string> {
  return (await page.textContent(selector)) ?? '';
}

/** Waits for a status line to match, and returns it. */
async function status(id: 'automation-status' | 'followups-status', pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    ([selector, source]) => new RegExp(source).test(document.querySelector(selector)?.textContent ?? ''),
    [`#${id}`, pattern.source] as const,
  );
  return text(`#${id}`);
}

/** Each automation as the panel shows it: name, schedule, switch state and label. */
function triggerRows(): Promise<string[]> {
  return page.$$eval('#automation-triggers li', (items) =>
    items.map((item) => {
      const toggle = item.querySelector('[role="switch"]')!;
      return [
        item.querySelector('.automation-name')?.textContent,
        item.querySelector('.automation-schedule')?.textContent,
        `${toggle.getAttribute('aria-checked')}/${toggle.textContent}`,
      ].join(' | ');
    }),
  );
}

async function openAutomation(): Promise<void> {
  await page.click('#tab-automation');
  await page.waitForFunction(() => document.querySelectorAll('#automation-triggers li').length === 3);
}

async function preview(): Promise<void> {
  await page.click('#followups-preview');
  await status('followups-status', /Nothing was sent or written/);
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  nextConfirm = true;
  ({ page, runtime, environment, calls, answers, dialogs } = await openSetUpSidebar(browser, {
    confirm: () => nextConfirm,
  }));
});

describe('the Automation tab: triggers', () => {
  it('lists each automation with its state and schedule, and turns them on and off in the bundle', async () => {
    await openAutomation();
    expect(await triggerRows()).toEqual([
      'Follow-ups | off | false/Off',
      'Nightly refresh | off | false/Off',
      'Service form | off | false/Off',
    ]);
    // The switch is named by its automation and described by its schedule, for a screen reader.
    expect(await page.getAttribute('#automation-switch-followups', 'aria-labelledby')).toBe(
      'automation-name-followups',
    );

    await page.click('#automation-switch-followups');
    expect(await status('automation-status', /Follow-ups is on/)).toBe('Follow-ups is on: every hour.');
    expect(await triggerRows()).toEqual([
      'Follow-ups | every hour | true/On',
      'Nightly refresh | off | false/Off',
      'Service form | off | false/Off',
    ]);
    expect(handlers()).toEqual(['onFollowUpsTimer']);
    // The keyboard stays on the switch that was pressed, though the list was rebuilt.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('automation-switch-followups');

    await page.click('#automation-all-on');
    expect(await status('automation-status', /Turned on/)).toBe(
      'Turned on: Nightly refresh, Service form. Already on: Follow-ups.',
    );
    expect(await triggerRows()).toEqual([
      'Follow-ups | every hour | true/On',
      'Nightly refresh | daily at 7:00 (Europe/Berlin) | true/On',
      'Service form | on each form answer | true/On',
    ]);
    expect(handlers()).toHaveLength(3);

    await page.focus('#automation-switch-refresh');
    await page.keyboard.press('Enter');
    expect(await status('automation-status', /Nightly refresh is off/)).toBe('Nightly refresh is off.');
    expect(handlers().sort()).toEqual(['onFollowUpsTimer', 'onServiceFormSubmit']);
    expect((await triggerRows())[1]).toBe('Nightly refresh | off | false/Off');
  });

  it('reads the triggers again each time the tab is shown', async () => {
    await openAutomation();
    expect((await triggerRows())[0]).toBe('Follow-ups | off | false/Off');
    // Turned on elsewhere (the menu) while the sidebar is open.
    expect(runtime.run('installAutomation', ['followups'], { kind: 'sidebar' }).error).toBeUndefined();
    await page.click('#tab-import');
    await page.click('#tab-automation');
    await page.waitForFunction(
      () => document.querySelector('#automation-switch-followups')?.getAttribute('aria-checked') === 'true',
    );
    expect(calls.filter((c) => c === 'listAutomation')).toHaveLength(2);
  });

  it('shows a refusal such as the 20-trigger limit in red in the status line, and keeps the switches usable', async () => {
    const limit =
      'Google allows 20 triggers per user for this script and 20 are installed (a, b, c); remove some in Extensions > Apps Script > Triggers, then turn this on again.';
    answers.installAutomation = () => {
      throw new Error(limit);
    };
    await openAutomation();
    await page.click('#automation-all-on');
    expect(await status('automation-status', /Could not/)).toBe(
      `Could not turn every automation on: ${limit}`,
    );
    expect(await page.getAttribute('#automation-status', 'class')).toBe('error');
    expect(await page.$eval('#automation-status', (node) => getComputedStyle(node).color)).toBe(
      'rgb(197, 34, 31)',
    );
    expect(await page.isEnabled('#automation-switch-followups')).toBe(true);
    expect((await triggerRows())[0]).toBe('Follow-ups | off | false/Off');

    // The next success clears the red.
    delete answers.installAutomation;
    await page.click('#automation-switch-form');
    await status('automation-status', /Service form is on/);
    expect(await page.getAttribute('#automation-status', 'class')).toBe('');
  });

  it('shows a schedule the server reports as it is, and a trigger list that cannot be read', async () => {
    const made: AutomationStatus[] = [
      {
        kind: 'followups',
        handler: 'onFollowUpsTimer',
        installed: true,
        schedule: 'daily at 7:00 (Europe/Lisbon)',
      },
      {
        kind: 'refresh',
        handler: 'onNightlyRefresh',
        installed: true,
        schedule: 'made by hand in the Apps Script editor',
      },
      { kind: 'form', handler: 'onServiceFormSubmit', installed: false, schedule: 'off' },
    ];
    answers.listAutomation = (): AutomationReport => ({ changed: [], unchanged: [], triggers: made });
    await openAutomation();
    expect(await triggerRows()).toEqual([
      'Follow-ups | daily at 7:00 (Europe/Lisbon) | true/On',
      'Nightly refresh | made by hand in the Apps Script editor | true/On',
      'Service form | off | false/Off',
    ]);
    answers.listAutomation = () => {
      throw new Error('Authorisation is required to perform that action.');
    };
    await page.click('#tab-formulas');
    await page.click('#tab-automation');
    expect(await status('automation-status', /Could not read/)).toBe(
      'Could not read the triggers: Authorisation is required to perform that action.',
    );
    expect(await page.getAttribute('#automation-status', 'class')).toBe('error');
  });
});

describe('the Automation tab: follow-ups', () => {
  it('previews the planned emails as a table, with hostile values shown as text, never as markup', async () => {
    answers.previewFollowUps = () => hostilePreview();
    await openAutomation();
    await preview();
    const rows = await page.$$eval('#followups-planned tr', (trs) =>
      trs.map((tr) => [...tr.children].map((cell) => cell.textContent)),
    );
    expect(rows).toEqual([
      ['Rule', 'Step', 'Email', 'Subject'],
      ['welcome', '1', 'ana@example.com', 'Welcome, Ana'],
      [HOSTILE, '2', `x${HOSTILE}@example.com`, `Hi ${HOSTILE}`],
    ]);
    const result = await text('#followups-result');
    expect(result).toContain('A run now, Sat 1 Jun, 14:00 (Europe/Berlin), would send 2 emails:');
    expect(result).toContain('97 emails left in today’s quota.');
    expect(result).toContain('1 customer held out as the control group');
    expect(result).not.toContain('Dry run is on');
    // Rule problems name their Follow-ups row.
    expect(result).toContain(`Rule problems, by Follow-ups row (1)row 4: win-back: Trigger "${HOSTILE}"`);
    expect(await page.$$('img')).toHaveLength(0);
    expect(dialogs).toEqual([]);
  });

  it('groups the skips by reason, largest first, each expandable to its customers and detail', async () => {
    answers.previewFollowUps = () => hostilePreview();
    await openAutomation();
    await preview();
    const groups = await page.$$eval('#followups-result details.skip-group', (nodes) =>
      nodes.map(
        (node) => `${node.querySelector('summary')?.textContent}:${(node as HTMLDetailsElement).open}`,
      ),
    );
    expect(groups).toEqual(['no consent: 3:false', 'outside send hours: 1:false', 'invalid email: 1:false']);
    expect(await text('#followups-result h3')).toBe('Skipped (5)');
    const invalid = page.locator('details[data-reason="invalid email"]');
    expect(await invalid.locator('li').isVisible()).toBe(false);
    // Opened from the keyboard, as a summary is.
    await invalid.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await invalid.locator('li').isVisible()).toBe(true);
    expect(await invalid.locator('li').textContent()).toBe(
      `${HOSTILE} ${HOSTILE.toLowerCase()}@example.com, welcome step 1: "${HOSTILE}" is not an email address`,
    );
    expect(await invalid.locator('.hint').textContent()).toMatch(/cannot be sent to/);
    expect(await page.locator('details[data-reason="no consent"] li').allTextContents()).toEqual([
      'C003 c003@example.com, welcome step 1: Consent is not ticked',
      'C005 c005@example.com, welcome step 1: Consent is not ticked',
      'C007 c007@example.com, welcome step 1: Consent is not ticked',
    ]);
    expect(await page.$$('img')).toHaveLength(0);
  });

  it('previews the shop’s next run from the bundle, with the dry-run notice, and offers its rules for a test', async () => {
    shop({ dryRun: true });
    await openAutomation();
    await preview();
    expect(await text('#followups-result .notice')).toMatch(/^Dry run is on in Settings: .*sends nothing/);
    const planned = await page.$$eval('#followups-planned tr', (trs) =>
      trs.slice(1).map((tr) => [...tr.children].map((cell) => cell.textContent).join(' | ')),
    );
    expect(planned.length).toBeGreaterThan(2);
    expect(planned).toContain(
      'welcome | 1 | maria.fernanda.albuquerque-santos@correio-exemplo.pt | Welcome to Lumen Ceramics, Maria: 10% off your next order',
    );
    const result = await text('#followups-result');
    expect(result).toMatch(/no consent: 2/);
    expect(result).toMatch(/invalid email: 2/);
    expect(result).toMatch(/row 4: win-back: .*days_after_nothing/);
    expect(await page.$$('img')).toHaveLength(0);
    const offered = await page.$$eval('#followups-rules option', (options) =>
      options.map((o) => (o as HTMLOptionElement).value),
    );
    expect(offered).toEqual(['review-request', 'welcome']);
    // Nothing was written by the preview.
    expect(environment.mailbox.sent).toHaveLength(0);
    expect(calls).not.toContain('sendFollowUpsNow');
  });

  it('opens the email a planned row would send, rendered by the bundle for its customer, as text', async () => {
    shop({ dryRun: true });
    await openAutomation();
    await preview();
    await page.click('#followups-planned tr:nth-child(2)');
    await page.waitForSelector('#followups-email .email-body');
    const email = await text('#followups-email');
    expect(email).toContain('To: maria.fernanda.albuquerque-santos@correio-exemplo.pt');
    expect(email).toContain('Subject: Welcome to Lumen Ceramics, Maria: 10% off your next order');
    expect(email).toMatch(
      /To stop receiving these emails from Lumen Ceramics, open https:\/\/script\.google\.com\/macros\/s\/local\/exec\?c=/,
    );
    // The keyboard opens another row the same way.
    await page.focus('#followups-planned tr:nth-child(3)');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => !/maria\.fernanda/.test(document.querySelector('#followups-email')?.textContent ?? ''),
    );
    expect(await page.$$('img')).toHaveLength(0);
    expect(environment.mailbox.sent).toHaveLength(0);
  });

  it('shows what each rule earned beside its holdout, with rule names as text', async () => {
    answers.previewFollowUps = () => hostilePreview();
    await openAutomation();
    await preview();
    const rows = await page.$$eval('#followups-results tr', (trs) =>
      trs.map((tr) => [...tr.children].map((cell) => cell.textContent)),
    );
    expect(rows).toEqual([
      ['Rule', 'Sent', 'Ordered', 'Revenue', 'Held out', 'Ordered'],
      ['welcome', '40', '15 %', (412.5).toLocaleString('en-US', { minimumFractionDigits: 2 }), '5', '0 %'],
    ]);
  });

  it('lists the rule steps and customer rows with blank merge fields', async () => {
    shop({ dryRun: true });
    await openAutomation();
    await page.click('#followups-check');
    await status('followups-status', /Nothing was sent or written/);
    const result = await text('#followups-result');
    expect(result).toContain('1 rule step of 2 would leave merge fields blank:');
    expect(result).toContain('welcome step 1 (Follow-ups row 2)');
    expect(result).toContain('1 customer with a blank field');
    expect(result).toContain('row 11, C010: First name');
  });

  it('sends a test of a rule picked or typed to the owner, and says to whom', async () => {
    shop({ dryRun: true });
    await openAutomation();
    await page.click('#followups-test');
    expect(await status('followups-status', /rule to test/)).toMatch(/^Type or pick the rule/);
    expect(await page.getAttribute('#followups-status', 'class')).toBe('error');

    await page.fill('#followups-test-rule', 'review-request');
    await page.click('#followups-test');
    expect(await status('followups-status', /^Test sent/)).toBe(
      'Test sent to owner@lumen-ceramics.example: “[Test] How was your order, Maria?”, filled with the data of C001.',
    );
    expect(environment.mailbox.sent.map((m) => [m.to[0], m.subject])).toEqual([
      ['owner@lumen-ceramics.example', '[Test] How was your order, Maria?'],
    ]);

    await page.fill('#followups-test-rule', 'welcome');
    await page.fill('#followups-test-step', '3');
    await page.click('#followups-test');
    expect(await status('followups-status', /^Test not sent/)).toBe(
      'Test not sent: Rule "welcome" has no active step 3.',
    );
    expect(await page.getAttribute('#followups-status', 'class')).toBe('error');
  });

  it('sends now only once confirmed, then shows sent, failed, uncertain, held out and waiting', async () => {
    shop({ dryRun: false });
    await openAutomation();
    await preview();
    const planned = (await page.$$('#followups-planned tr')).length - 1;

    nextConfirm = false;
    await page.click('#followups-send');
    expect(await status('followups-status', /^Nothing sent/)).toBe('Nothing sent.');
    expect(dialogs).toEqual([
      `confirm: Send the follow-ups due now (the last preview planned ${planned} emails) to your customers? Sent emails cannot be recalled.`,
    ]);
    expect(calls).not.toContain('sendFollowUpsNow');
    expect(environment.mailbox.sent).toHaveLength(0);

    nextConfirm = true;
    await page.click('#followups-send');
    expect(await status('followups-status', /^Done/)).toBe(
      `Done: ${planned} emails sent. The Outbox and Log tabs have the details.`,
    );
    expect(environment.mailbox.sent).toHaveLength(planned);
    const counts = await page.$$eval('#followups-result .counts li', (items) =>
      items.map((item) => [...item.children].map((c) => c.textContent).join(' ')),
    );
    expect(counts).toEqual([
      `Sent ${planned}`,
      'Failed 0',
      'Uncertain 0',
      expect.stringMatching(/^Held out \d+$/),
      'Waiting for a later run 0',
    ]);
    expect(await page.$$('img')).toHaveLength(0);
  });

  it('shows failures and uncertain emails of a run in red, and says when Dry run sent nothing', async () => {
    const report: FollowUpSendReport = {
      dryRun: false,
      busy: false,
      sent: 3,
      failed: [{ key: `welcome|1|${HOSTILE}|1`, reason: 'Invalid email: x@' }],
      uncertain: ['welcome|1|C004|1'],
      heldOut: 1,
      skipped: { 'no consent': 2 },
      waiting: 4,
      stoppedForTime: true,
      problems: [],
    };
    answers.sendFollowUpsNow = () => report;
    await openAutomation();
    await page.click('#followups-send');
    expect(await status('followups-status', /^Done/)).toBe(
      'Done: 3 emails sent. The Outbox and Log tabs have the details.',
    );
    expect(dialogs).toEqual([
      'confirm: Send the follow-ups due now to your customers? Sent emails cannot be recalled.',
    ]);
    expect(await page.getAttribute('#followups-status', 'class')).toBe('error');
    const result = await text('#followups-result');
    expect(result).toContain(`Failed (1)welcome|1|${HOSTILE}|1: Invalid email: x@`);
    expect(result).toContain('Uncertain (1)');
    expect(result).toContain('welcome|1|C004|1');
    expect(result).toContain('Waiting for a later run4');
    expect(result).toContain('The run used its time');
    expect(result).toContain('Skipped: no consent 2.');
    expect(await page.$$('img')).toHaveLength(0);

    answers.previewFollowUps = () => hostilePreview({ dryRun: true });
    answers.sendFollowUpsNow = () => ({ ...report, dryRun: true, sent: 0, failed: [], uncertain: [] });
    await preview();
    expect(await text('#followups-result .notice')).toMatch(/^Dry run is on/);
    await page.click('#followups-send');
    expect(dialogs[1]).toBe(
      'confirm: Dry run is on in Settings: the run will plan and log the follow-ups and send nothing. Run it now?',
    );
    expect(await status('followups-status', /^Dry run/)).toBe(
      'Dry run: nothing was sent. The Log tab has the run.',
    );
  });

  it('takes a screenshot of a realistic preview at the width of the Google sidebar', async () => {
    shop({ dryRun: true });
    answers.listAutomation = (): AutomationReport => ({
      changed: [],
      unchanged: [],
      triggers: [
        { kind: 'followups', handler: 'onFollowUpsTimer', installed: true, schedule: 'every hour' },
        {
          kind: 'refresh',
          handler: 'onNightlyRefresh',
          installed: true,
          schedule: 'daily at 7:00 (Europe/Lisbon)',
        },
        { kind: 'form', handler: 'onServiceFormSubmit', installed: false, schedule: 'off' },
      ],
    });
    await openAutomation();
    await preview();
    await page.click('details[data-reason="no consent"] summary');
    expect(page.viewportSize()?.width).toBe(300);
    // Nothing is wider than the sidebar: no sideways scrolling.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(300);
    await page.screenshot({
      path: join(shots, 'automation-preview.png'),
      fullPage: true,
    });
  });
});
