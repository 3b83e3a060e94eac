import { describe, expect, it } from 'vitest';
import { previewFollowUps } from '../../src/app/preview-follow-ups';
import { sendFollowUps, UNCERTAIN_REASON } from '../../src/app/send-follow-ups';
import { followUpWorld, outboxRows, putRows, rule, setSettings } from './follow-up-fixture';

const DAY = 86_400_000;
const JUN_3 = Date.UTC(2024, 5, 3, 10);

function customer(id: string, values: Record<string, string | number | boolean | Date> = {}) {
  return {
    'Customer ID': id,
    Name: `Name ${id}`,
    Email: `${id.toLowerCase()}@example.com`,
    Consent: true,
    ...values,
  };
}

function order(id: string, customerId: string, date: Date, amount = 50) {
  return {
    'Order ID': id,
    'Customer ID': customerId,
    Date: date,
    Amount: amount,
    Channel: 'shop',
    Status: 'paid',
  };
}

/** Consenting customers of these IDs, each of whom ordered an hour before 3 June 10:00. */
function orderedToday(w: ReturnType<typeof followUpWorld>, ids: string[]): void {
  putRows(
    w.workbook,
    'Customers',
    ids.map((id) => customer(id)),
  );
  putRows(
    w.workbook,
    'Orders',
    ids.map((id, i) => order(`O${i}`, id, new Date(JUN_3 - 3_600_000))),
  );
}

describe('sendFollowUps', () => {
  it('sends each due, consenting customer one email and gives every other due customer its reason', () => {
    const w = followUpWorld();
    putRows(w.workbook, 'Follow-ups', [rule({})]);
    putRows(w.workbook, 'Customers', [
      customer('C1', { Name: 'Ana Silva' }),
      customer('C2', { Consent: false }),
      customer('C3', { 'Unsubscribed at': new Date(JUN_3 - DAY) }),
      customer('C4'),
      customer('C5', { Email: 'two@example.com, three@example.com' }),
    ]);
    const today = new Date(JUN_3 - 3_600_000);
    putRows(
      w.workbook,
      'Orders',
      ['C1', 'C2', 'C3', 'C4', 'C5'].map((c, i) => order(`O${i}`, c, today)),
    );
    w.queue.add('C4', new Date(JUN_3 - 60_000)); // opened the link; not yet written to the sheet

    const report = sendFollowUps(w.ports, w.services);

    expect(report.sent).toBe(1);
    expect(w.mailer.sent.map((m) => [m.to, m.subject, m.senderName, m.replyTo])).toEqual([
      ['c1@example.com', 'Welcome, Ana', 'Lumen Shop', 'owner@example.com'],
    ]);
    expect(w.mailer.sent[0].textBody).toContain('Hi Ana,');
    expect(w.mailer.sent[0].textBody).toContain(
      'https://script.google.com/macros/s/test/exec?c=C1&t=sig-unsubscribeC1',
    );
    expect(w.mailer.sent[0].htmlBody).toContain(
      'href="https://script.google.com/macros/s/test/exec?c=C1&#38;t=sig-unsubscribeC1"',
    );
    expect(report.skipped).toEqual({ 'no consent': 1, unsubscribed: 2, 'invalid email': 1 });
    const outbox = outboxRows(w.workbook);
    expect(outbox.map((r) => [r.Key, r.Status, r.Step, r['Customer ID'], r.Email, r.Subject])).toEqual([
      ['welcome|1|C1|1', 'sent', 1, 'C1', 'c1@example.com', 'Welcome, Ana'],
    ]);
    expect((outbox[0]['Sent at'] as Date).getTime()).toBe(JUN_3);
  });

  it('sends nothing on a second run over the same day, nor on the next days', () => {
    const w = followUpWorld();
    putRows(w.workbook, 'Follow-ups', [rule({})]);
    putRows(w.workbook, 'Customers', [customer('C1')]);
    putRows(w.workbook, 'Orders', [order('O1', 'C1', new Date(JUN_3 - DAY))]);
    expect(sendFollowUps(w.ports, w.services).sent).toBe(1);
    expect(sendFollowUps(w.ports, w.services).sent).toBe(0);
    w.clock.time += 3 * DAY;
    expect(sendFollowUps(w.ports, w.services).sent).toBe(0);
    expect(w.mailer.sent).toHaveLength(1);
    expect(outboxRows(w.workbook)).toHaveLength(1);
  });

  it('with a quota of 100 a day and 250 due sends 100, 100 and 50, highest predicted CLV first', () => {
    const w = followUpWorld(JUN_3, 100);
    putRows(w.workbook, 'Follow-ups', [rule({})]);
    const ids = Array.from({ length: 250 }, (_, i) => `C${String(i + 1).padStart(3, '0')}`);
    // CLV rises with the number, but the rows are shuffled so sheet order is not the answer.
    const shuffled = [...ids].sort(
      (a, b) => ((Number(a.slice(1)) * 7919) % 251) - ((Number(b.slice(1)) * 7919) % 251),
    );
    putRows(
      w.workbook,
      'Customers',
      shuffled.map((id) => customer(id, { 'Predicted CLV 12m': Number(id.slice(1)) * 10 })),
    );
    putRows(
      w.workbook,
      'Orders',
      ids.map((id, i) => order(`O${i}`, id, new Date(JUN_3 - 3_600_000))),
    );
    const byDay: string[][] = [];
    for (let day = 0; day < 4; day++) {
      const before = w.mailer.sent.length;
      sendFollowUps(w.ports, w.services);
      byDay.push(w.mailer.sent.slice(before).map((m) => m.to));
      w.clock.time += DAY;
    }
    expect(byDay.map((d) => d.length)).toEqual([100, 100, 50, 0]);
    const expected = [...ids].reverse().map((id) => `${id.toLowerCase()}@example.com`);
    expect(byDay[0]).toEqual(expected.slice(0, 100));
    expect(byDay[1]).toEqual(expected.slice(100, 200));
    expect(byDay[2]).toEqual(expected.slice(200));
  });

  it('stops a sequence for a customer who orders after step 1', () => {
    const w = followUpWorld();
    putRows(w.workbook, 'Follow-ups', [
      rule({ Step: 1 }),
      rule({
        Step: 2,
        Value: 3,
        Trigger: '',
        Audience: '',
        Subject: 'Still thinking, {{First name|friend}}?',
        Body: 'Day 3.',
      }),
    ]);
    putRows(w.workbook, 'Customers', [customer('C1'), customer('C2')]);
    putRows(w.workbook, 'Orders', [
      order('O1', 'C1', new Date(JUN_3 - 3_600_000)),
      order('O2', 'C2', new Date(JUN_3 - 3_600_000)),
    ]);
    setSettings(w.workbook, { 'Min days between': 0 });
    expect(sendFollowUps(w.ports, w.services).sent).toBe(2);
    // C2 orders again the next day.
    putRows(w.workbook, 'Orders', [order('O3', 'C2', new Date(JUN_3 + DAY), 80)]);
    w.clock.time += 2 * DAY;
    expect(sendFollowUps(w.ports, w.services).sent).toBe(0); // day 2: step 2 not due yet
    w.clock.time += DAY;
    const report = sendFollowUps(w.ports, w.services);
    expect(w.mailer.sent.map((m) => [m.to, m.subject])).toEqual([
      ['c1@example.com', 'Welcome, Name'],
      ['c2@example.com', 'Welcome, Name'],
      ['c1@example.com', 'Still thinking, Name?'],
    ]);
    expect(report.skipped).toEqual({ 'sequence stopped': 1 });
    const stopped = outboxRows(w.workbook).find((r) => r.Key === 'welcome|2|C2|1');
    expect(stopped?.Status).toBe('skipped');
    expect(stopped?.Reason).toBe('sequence stopped: ordered on 2024-06-04, after step 1');
    // The results count C2's order within 30 days of step 1.
    const [header, step1] = w.workbook.values('Follow-ups');
    const result = (name: string) => step1[header.indexOf(name)];
    expect([result('Sent'), result('Ordered 30d'), result('Revenue 30d')]).toEqual([2, 1, 80]);
  });

  it('keeps a holdout by a stable hash, records it, and reports its orders beside the emailed ones', () => {
    const w = followUpWorld();
    putRows(w.workbook, 'Follow-ups', [rule({ 'Holdout %': 0.5 })]);
    const ids = Array.from({ length: 40 }, (_, i) => `C${i + 1}`);
    orderedToday(w, ids);
    const first = sendFollowUps(w.ports, w.services);
    expect(first.sent + first.heldOut).toBe(40);
    expect(first.heldOut).toBeGreaterThan(10);
    expect(first.heldOut).toBeLessThan(30);
    const held = outboxRows(w.workbook).filter((r) => r.Status === 'skipped');
    expect(held).toHaveLength(first.heldOut);
    expect(held.every((r) => r.Reason === 'holdout')).toBe(true);
    // The same customers are held out on a fresh workbook: the choice depends on the key only.
    const again = followUpWorld();
    putRows(again.workbook, 'Follow-ups', [rule({ 'Holdout %': 0.5 })]);
    orderedToday(again, ids);
    sendFollowUps(again.ports, again.services);
    expect(
      outboxRows(again.workbook)
        .filter((r) => r.Status === 'skipped')
        .map((r) => r.Key),
    ).toEqual(held.map((r) => r.Key));
    // A held-out customer's order counts in the holdout columns.
    const heldId = String(held[0]['Customer ID']);
    putRows(w.workbook, 'Orders', [order('LATE', heldId, new Date(JUN_3 + 2 * DAY), 30)]);
    w.clock.time += 3 * DAY;
    sendFollowUps(w.ports, w.services);
    const [header, row] = w.workbook.values('Follow-ups');
    const result = (name: string) => row[header.indexOf(name)];
    expect([result('Held out'), result('Holdout ordered 30d'), result('Holdout revenue 30d')]).toEqual([
      first.heldOut,
      1,
      30,
    ]);
    expect([result('Sent'), result('Ordered 30d')]).toEqual([first.sent, 0]);
  });

  it('sends only inside the rule send hours of the sheet time zone, across a daylight-saving change', () => {
    // Lisbon is UTC+1 until 27 October 2024 01:00 UTC, then UTC+0: 09:15 UTC is 10:15, then 09:15.
    const w = followUpWorld(Date.UTC(2024, 9, 26, 9, 15));
    (w.workbook as unknown as { zone: string }).zone = 'Europe/Lisbon';
    putRows(w.workbook, 'Follow-ups', [rule({ 'Send hours': '10-12' })]);
    putRows(w.workbook, 'Customers', [customer('C1'), customer('C2')]);
    putRows(w.workbook, 'Orders', [order('O1', 'C1', new Date(Date.UTC(2024, 9, 26, 7)))]);
    expect(sendFollowUps(w.ports, w.services).sent).toBe(1); // 10:15 WEST
    putRows(w.workbook, 'Orders', [order('O2', 'C2', new Date(Date.UTC(2024, 9, 27, 7)))]);
    w.clock.time = Date.UTC(2024, 9, 27, 9, 15); // 09:15 WET, after the change
    const early = sendFollowUps(w.ports, w.services);
    expect(early.sent).toBe(0);
    expect(early.skipped).toEqual({ 'outside send hours': 1 });
    w.clock.time = Date.UTC(2024, 9, 27, 10, 0); // 10:00 WET
    expect(sendFollowUps(w.ports, w.services).sent).toBe(1);
    w.clock.time = Date.UTC(2024, 9, 27, 12, 0); // 12:00 WET: the window ends at 12
    expect(w.mailer.sent.map((m) => m.to)).toEqual(['c1@example.com', 'c2@example.com']);
  });

  it('leaves at most one email per customer per min days between, across rules', () => {
    const w = followUpWorld();
    putRows(w.workbook, 'Follow-ups', [rule({}), rule({ Rule: 'vip', Trigger: 'clv_above', Value: 100 })]);
    putRows(w.workbook, 'Customers', [customer('C1', { 'Predicted CLV 12m': 500 })]);
    putRows(w.workbook, 'Orders', [order('O1', 'C1', new Date(JUN_3 - 3_600_000))]);
    const first = sendFollowUps(w.ports, w.services);
    expect(first.sent).toBe(1);
    expect(first.skipped).toEqual({ 'too soon since the last email': 1 });
    w.clock.time += 6 * DAY;
    expect(sendFollowUps(w.ports, w.services).sent).toBe(0);
    w.clock.time += DAY;
    expect(sendFollowUps(w.ports, w.services).sent).toBe(1);
    expect(w.mailer.sent.map((m) => m.subject)).toEqual(['Welcome, Name', 'Welcome, Name']);
    expect(outboxRows(w.workbook).map((r) => r.Key)).toEqual(['welcome|1|C1|1', 'vip|1|C1|1']);
  });

  it('marks a row left sending by a stopped run as uncertain and never sends it again by itself', () => {
    const w = followUpWorld();
    putRows(w.workbook, 'Follow-ups', [rule({})]);
    orderedToday(w, ['C1']);
    putRows(w.workbook, 'Outbox', [
      {
        Key: 'welcome|1|C1|1',
        Rule: 'welcome',
        Step: 1,
        'Customer ID': 'C1',
        Status: 'sending',
        'Planned at': new Date(JUN_3 - 600_000),
      },
    ]);
    const report = sendFollowUps(w.ports, w.services);
    expect(report).toMatchObject({ sent: 0, uncertain: ['welcome|1|C1|1'] });
    expect(outboxRows(w.workbook)[0]).toMatchObject({ Status: 'uncertain', Reason: UNCERTAIN_REASON });
    expect(sendFollowUps(w.ports, w.services).sent).toBe(0);
    // The owner checked Sent mail and sets it back to planned: the next run sends it.
    w.workbook.tab('Outbox').rows[1][6] = 'planned';
    expect(sendFollowUps(w.ports, w.services).sent).toBe(1);
    expect(outboxRows(w.workbook)[0]).toMatchObject({ Status: 'sent', Reason: '' });
  });

  it('stops starting emails before the time budget and the next run continues with the planned rows', () => {
    const w = followUpWorld(JUN_3, 1500);
    w.clock.stepMs = 1000; // every clock reading is a second later
    putRows(w.workbook, 'Follow-ups', [rule({})]);
    const ids = Array.from({ length: 30 }, (_, i) => `C${i + 10}`);
    orderedToday(w, ids);
    const first = sendFollowUps(w.ports, w.services, { budgetMs: 20_000 });
    expect(first.stoppedForTime).toBe(true);
    expect(first.sent).toBeGreaterThan(0);
    expect(first.waiting).toBe(30 - first.sent);
    let total = first.sent;
    for (let run = 0; run < 10 && total < 30; run++)
      total += sendFollowUps(w.ports, w.services, { budgetMs: 20_000 }).sent;
    expect(total).toBe(30);
    expect(new Set(w.mailer.sent.map((m) => m.to)).size).toBe(30);
    expect(outboxRows(w.workbook).every((r) => r.Status === 'sent')).toBe(true);
  });

  it('emails new members of a segment only, remembering members in a hidden tab between runs', () => {
    const w = followUpWorld();
    putRows(w.workbook, 'Follow-ups', [
      rule({ Rule: 'vip-hello', Trigger: 'new_segment_member', Audience: 'Tags CONTAINS vip' }),
    ]);
    putRows(w.workbook, 'Customers', [customer('C1', { Tags: 'vip' }), customer('C2')]);
    expect(sendFollowUps(w.ports, w.services).sent).toBe(0);
    expect(w.workbook.tab('CRM Members').hidden).toBe(true);
    expect(w.workbook.values('CRM Members')).toEqual([
      ['Rule', 'Customer ID'],
      ['vip-hello', 'C1'],
    ]);
    const writes = w.workbook.callCount('writeBlock');
    expect(sendFollowUps(w.ports, w.services).sent).toBe(0);
    // Nobody joined: the members tab is not written again (only the Follow-ups results are).
    expect(w.workbook.callCount('writeBlock') - writes).toBe(1);
    w.workbook.tab('Customers').rows[2][6] = 'vip, new';
    expect(sendFollowUps(w.ports, w.services).sent).toBe(1);
    expect(w.mailer.sent[0].to).toBe('c2@example.com');
    expect(w.workbook.values('CRM Members').slice(1)).toEqual([
      ['vip-hello', 'C1'],
      ['vip-hello', 'C2'],
    ]);
  });

  it('with Dry run on writes nothing but the Log', () => {
    const w = followUpWorld();
    setSettings(w.workbook, { 'Dry run': true });
    putRows(w.workbook, 'Follow-ups', [rule({})]);
    orderedToday(w, ['C1']);
    const report = sendFollowUps(w.ports, w.services);
    expect(report).toMatchObject({ dryRun: true, sent: 0, waiting: 1 });
    expect(w.mailer.sent).toHaveLength(0);
    expect(outboxRows(w.workbook)).toHaveLength(0);
    expect(w.workbook.values('Log').at(-1)?.slice(1, 4)).toEqual([
      'follow-ups (dry run)',
      'ok',
      'would send 1, failed 0, uncertain 0, held out 0, skipped 0, waiting 0',
    ]);
  });

  it('renders hostile sheet values as text, keeps subjects on one line and refuses address lists', () => {
    const w = followUpWorld();
    putRows(w.workbook, 'Follow-ups', [
      rule({
        Subject: 'Hello {{Name}}\r\nBcc: victim@example.com',
        Body: 'Dear {{Name}}, your company {{Company}}.',
      }),
      rule({ Rule: 'broken', Subject: 'Hi {{Nickname}}', Trigger: 'clv_above', Value: 0 }),
    ]);
    putRows(w.workbook, 'Customers', [
      customer('C1', { Name: '<img src=x onerror=alert(1)>', Company: 'A&B' }),
      customer('C2', { Name: 'Ana', Email: '"Silva, Ana" <ana@example.com>', Company: 'Lumen' }),
      customer('C3', { Name: 'Ben', Email: 'ben@example.com', Company: '' }),
    ]);
    putRows(
      w.workbook,
      'Orders',
      ['C1', 'C2', 'C3'].map((c, i) => order(`O${i}`, c, new Date(JUN_3 - 3_600_000))),
    );
    const report = sendFollowUps(w.ports, w.services);
    const [hostile, ana] = w.mailer.sent;
    expect(hostile.subject).toBe('Hello <img src=x onerror=alert(1)> Bcc: victim@example.com');
    expect(hostile.htmlBody).toContain('Dear &#60;img src=x onerror=alert(1)&#62;, your company A&#38;B.');
    expect(hostile.htmlBody).not.toContain('<img');
    expect(ana.to).toBe('ana@example.com');
    expect(w.mailer.sent).toHaveLength(2);
    expect(report.skipped).toEqual({ 'blank merge field': 1 });
    expect(report.problems).toEqual([
      { rule: 'broken', row: 3, message: 'the template uses {{Nickname}}, which is no column of Customers' },
    ]);
  });

  it('lets a second run that cannot get the lock do nothing', () => {
    const w = followUpWorld();
    putRows(w.workbook, 'Follow-ups', [rule({})]);
    orderedToday(w, ['C1']);
    let inner: ReturnType<typeof sendFollowUps> | undefined;
    w.mailer.refuse.clear();
    const send = w.mailer.send.bind(w.mailer);
    w.mailer.send = (email) => {
      inner ??= sendFollowUps(w.ports, w.services);
      send(email);
    };
    expect(sendFollowUps(w.ports, w.services).sent).toBe(1);
    expect(inner).toMatchObject({ busy: true, sent: 0 });
    expect(w.mailer.sent).toHaveLength(1);
  });

  it('previews what a run would send without writing anything', () => {
    const w = followUpWorld();
    putRows(w.workbook, 'Follow-ups', [rule({})]);
    putRows(w.workbook, 'Customers', [
      customer('C1', { Name: 'Ana Silva', 'Predicted CLV 12m': 120 }),
      customer('C2', { Consent: false }),
    ]);
    putRows(
      w.workbook,
      'Orders',
      ['C1', 'C2'].map((c, i) => order(`O${i}`, c, new Date(JUN_3 - 3_600_000))),
    );
    const before = JSON.stringify([...w.workbook.tabs]);
    const preview = previewFollowUps(w.ports, w.services, { now: new Date(JUN_3), remainingQuota: 10 });
    expect(JSON.stringify([...w.workbook.tabs])).toBe(before);
    expect(preview.planned).toEqual([
      {
        key: 'welcome|1|C1|1',
        rule: 'welcome',
        step: 1,
        customerId: 'C1',
        email: 'c1@example.com',
        subject: 'Welcome, Ana',
        predictedClv: 120,
      },
    ]);
    expect(preview.skipped).toEqual([
      {
        rule: 'welcome',
        step: 1,
        customerId: 'C2',
        email: 'c2@example.com',
        reason: 'no consent',
        detail: 'Consent is not ticked',
      },
    ]);
  });
});
