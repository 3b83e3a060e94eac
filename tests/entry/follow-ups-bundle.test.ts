// The follow-up trigger of the shipped bundle in the emulator: crashes at every step, overlapping runs, the web app's unsubscribes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { FollowUpPreview, FollowUpPreviewSummary } from '../../src/app/preview-follow-ups';
import { appendRecords, setSettingValue } from '../../src/local/emulator/workbook-records';
import type { RunOptions } from '../../src/local/runtime/local-runtime';
import { bundle, harness } from './bundle-harness';

const NOW = new Date('2024-06-03T10:00:00Z');
const DAY = 86_400_000;

/** A set-up workbook with a two-step sequence and `count` consenting customers who ordered today. */
function world(count: number) {
  const h = harness();
  h.environment.now = new Date(NOW.getTime());
  h.call('setUpWorkbook');
  const wb = h.environment.workbook;
  setSettingValue(wb, 'Dry run', false);
  setSettingValue(wb, 'Owner email', 'owner@example.com');
  setSettingValue(wb, 'Sender name', 'Lumen');
  setSettingValue(wb, 'Min days between', 0);
  appendRecords(wb, 'Follow-ups', [
    {
      Rule: 'welcome',
      Active: true,
      Audience: 'All',
      Trigger: 'days_after_first_order',
      Value: 0,
      Subject: 'Welcome, {{First name|friend}}',
      Body: 'Hi {{First name|there}}, thanks for your order.',
      Step: 1,
    },
    {
      Rule: 'welcome',
      Active: true,
      Subject: 'How is it going?',
      Body: 'Day 3 check-in.',
      Step: 2,
      Value: 3,
    },
  ]);
  const ids = Array.from({ length: count }, (_, i) => `C${i + 1}`);
  appendRecords(
    wb,
    'Customers',
    ids.map((id, i) => ({
      'Customer ID': id,
      Name: `Person ${id}`,
      Email: `${id.toLowerCase()}@example.com`,
      Consent: true,
      'Predicted CLV 12m': 100 - i,
    })),
  );
  appendRecords(
    wb,
    'Orders',
    ids.map((id, i) => ({
      'Order ID': `O${i}`,
      'Customer ID': id,
      Date: new Date(NOW.getTime() - 3_600_000),
      Amount: 40,
      Channel: 'shop',
      Status: 'paid',
    })),
  );
  const tick = (prepare?: RunOptions['prepare']) =>
    h.runtime.run('onFollowUpsTimer', [{}], { kind: 'trigger', prepare });
  const recipients = () => h.environment.mailbox.sent.map((m) => m.to[0]);
  return { h, wb, tick, recipients };
}

describe('follow-ups in the bundle', () => {
  beforeAll(() => {
    bundle();
  });

  it('a clean run sends each customer step 1 once, with the Outbox and results filled', () => {
    const { h, tick, recipients } = world(3);
    const run = tick();
    expect(run.error).toBeUndefined();
    expect(recipients()).toEqual(['c1@example.com', 'c2@example.com', 'c3@example.com']);
    const [first] = h.environment.mailbox.sent;
    expect(first).toMatchObject({ subject: 'Welcome, Person', name: 'Lumen', replyTo: 'owner@example.com' });
    expect(first.body).toMatch(
      /https:\/\/script\.google\.com\/macros\/s\/local\/exec\?c=C1&t=[A-Za-z0-9_-]{43}/,
    );
    expect(h.records('Outbox').map((r) => [r.Key, r.Status])).toEqual([
      ['welcome|1|C1|1', 'sent'],
      ['welcome|1|C2|1', 'sent'],
      ['welcome|1|C3|1', 'sent'],
    ]);
    expect(h.records('Follow-ups')[0]).toMatchObject({ Sent: 3, 'Held out': 0 });
    expect(tick().error).toBeUndefined();
    expect(recipients()).toHaveLength(3);
  });

  it('after a crash at any step of a send run and reruns, no email went twice and each is sent or uncertain', () => {
    // The calls of a clean run: every setValues, flush and sendEmail is a point a crash can hit.
    const clean = world(3).tick().execution;
    const points = ['Range.setValues', 'SpreadsheetApp.flush', 'MailApp.sendEmail'].flatMap((name) => {
      const [service, method] = name.split('.');
      return Array.from({ length: clean.count(name) }, (_, i) => ({ service, method, occurrence: i + 1 }));
    });
    expect(points.length).toBeGreaterThan(12);
    for (const point of points) {
      const { h, tick, recipients } = world(3);
      const crashed = tick((execution) => execution.crashAt(point));
      // A crash in MailApp is an exception the run sees (nothing was sent): the email stays planned.
      if (point.service !== 'MailApp')
        expect(crashed.error?.message, JSON.stringify(point)).toMatch(/^Injected crash/);
      for (let rerun = 0; rerun < 3; rerun++) tick();
      const sent = recipients();
      expect(new Set(sent).size, `${JSON.stringify(point)}: ${sent}`).toBe(sent.length);
      const outbox = h.records('Outbox');
      for (const id of ['C1', 'C2', 'C3']) {
        const row = outbox.find((r) => r.Key === `welcome|1|${id}|1`);
        const status = String(row?.Status);
        expect(['sent', 'uncertain'], `${JSON.stringify(point)} ${id}`).toContain(status);
        const received = sent.includes(`${id.toLowerCase()}@example.com`);
        // A sent row was received; an uncertain one may or may not have been, but never twice.
        if (status === 'sent') expect(received, `${JSON.stringify(point)} ${id}`).toBe(true);
      }
    }
  });

  it('two overlapping runs send no duplicate', () => {
    const { h, tick, recipients } = world(3);
    let inner: ReturnType<typeof tick> | undefined;
    const outer = tick((execution) => {
      execution.injectAt({ service: 'MailApp', method: 'sendEmail', occurrence: 1 }, () => {
        inner = tick();
      });
    });
    expect(outer.error).toBeUndefined();
    expect(inner?.error).toBeUndefined();
    expect(recipients()).toEqual(['c1@example.com', 'c2@example.com', 'c3@example.com']);
    const log = h.records('Log').map((l) => [l.Action, l.Details]);
    expect(log).toContainEqual([
      'follow-ups',
      'another run was sending follow-ups; this one left the work to the next run',
    ]);
  });

  it('an unsubscribe through the web app stops step 2 before any bound run has written it to Customers', () => {
    const { h, tick, recipients } = world(2);
    expect(tick().error).toBeUndefined();
    const link = new URL(/https:\S+/.exec(h.environment.mailbox.sent[0].body)![0]);
    const opened = h.runtime.run(
      'doGet',
      [{ parameter: { c: link.searchParams.get('c'), t: link.searchParams.get('t') } }],
      { kind: 'web-app' },
    );
    expect(opened.error).toBeUndefined();
    h.environment.now = new Date(NOW.getTime() + 3 * DAY);
    // The preview is no bound write: the sheet still shows no unsubscribe, yet C1 is skipped.
    const preview = h.call<FollowUpPreview>('previewFollowUps', null, true);
    expect(h.records('Customers')[0]['Unsubscribed at']).toBe('');
    expect(preview.skipped).toEqual([expect.objectContaining({ customerId: 'C1', reason: 'unsubscribed' })]);
    expect(preview.planned.map((p) => p.key)).toEqual(['welcome|2|C2|1']);
    // The sidebar's reply leaves the full list out and keeps the grouped count.
    const summary = h.call<FollowUpPreviewSummary>('previewFollowUps');
    expect('skipped' in summary).toBe(false);
    expect(summary.skippedCount).toBe(1);
    expect(summary.skipGroups.map((g) => [g.reason, g.count, g.examples.map((e) => e.customerId)])).toEqual([
      ['unsubscribed', 1, ['C1']],
    ]);
    expect(tick().error).toBeUndefined();
    expect(recipients()).toEqual(['c1@example.com', 'c2@example.com', 'c2@example.com']);
    expect(h.records('Customers')[0]['Unsubscribed at']).toBeInstanceOf(Date);
  });

  it('a follow-up run that cannot send writes why to the Log, since nobody sees a trigger fail', () => {
    const { h, tick, recipients } = world(1);
    h.environment.config.webAppUrl = ''; // the unsubscribe web app was never deployed
    const run = tick();
    expect(run.error?.message).toMatch(/^The unsubscribe web app is not deployed/);
    expect(recipients()).toEqual([]);
    expect(h.records('Log').at(-1)).toMatchObject({ Action: 'follow-ups', Result: 'failed' });
    expect(String(h.records('Log').at(-1)?.Details)).toMatch(/^The unsubscribe web app is not deployed/);
  });

  it('the form trigger logs the answer, acknowledges it and alerts the owner of a detractor', () => {
    const { h, recipients } = world(1);
    const run = h.runtime.run(
      'onServiceFormSubmit',
      [
        {
          namedValues: {
            Timestamp: ['03/06/2024 11:00:00'],
            Email: ['c1@example.com'],
            'How likely are you to recommend us?': ['2'],
            Comment: ['Broken on arrival'],
          },
        },
      ],
      { kind: 'trigger' },
    );
    expect(run.error).toBeUndefined();
    expect(h.records('Interactions')).toEqual([
      expect.objectContaining({
        'Customer ID': 'C1',
        Channel: 'form',
        Direction: 'in',
        Notes: 'NPS 2: Comment: Broken on arrival',
      }),
    ]);
    expect(recipients()).toEqual(['c1@example.com', 'owner@example.com']);
    expect(h.environment.mailbox.sent[1].subject).toBe('Unhappy customer: Person C1 (NPS 2)');
  });
});
