import { describe, expect, it } from 'vitest';
import { createMailApp, Mailbox } from '../../../src/local/emulator/mail-app';
import { TestMeter } from './test-meter';

// Quotas: developers.google.com/apps-script/guides/services/quotas (100 recipients a day, 200 KB body).
// Error texts as Apps Script throws them, quoted in public execution logs.

describe('createMailApp', () => {
  it('records (recipient, subject, body) with the virtual send time', () => {
    const meter = new TestMeter();
    const mailbox = new Mailbox();
    createMailApp(mailbox, meter).sendEmail('ada@example.com', 'Hello', 'Body text');
    expect(mailbox.sent).toEqual([
      {
        to: ['ada@example.com'],
        cc: [],
        bcc: [],
        replyTo: null,
        name: null,
        subject: 'Hello',
        body: 'Body text',
        htmlBody: null,
        attachments: 0,
        noReply: false,
        sentAt: new Date('2026-01-15T12:00:00Z'),
      },
    ]);
  });

  it('takes options, the message object and the replyTo overload', () => {
    const mailbox = new Mailbox();
    const mail = createMailApp(mailbox, new TestMeter());
    const options = Object.freeze({
      cc: 'b@example.com, c@example.com',
      name: 'Solo',
      htmlBody: '<b>Hi</b>',
      noReply: true,
    });
    mail.sendEmail('a@example.com', 'S1', 'B1', options);
    mail.sendEmail({
      to: 'd@example.com',
      bcc: 'e@example.com',
      subject: 'S2',
      body: 'B2',
      replyTo: 'r@example.com',
    });
    mail.sendEmail('f@example.com', 'reply@example.com', 'S3', 'B3');
    const [first, second, third] = mailbox.sent;
    expect([first.to, first.cc, first.name, first.htmlBody, first.noReply]).toEqual([
      ['a@example.com'],
      ['b@example.com', 'c@example.com'],
      'Solo',
      '<b>Hi</b>',
      true,
    ]);
    expect([second.to, second.bcc, second.replyTo, second.subject]).toEqual([
      ['d@example.com'],
      ['e@example.com'],
      'r@example.com',
      'S2',
    ]);
    expect([third.to, third.replyTo, third.subject, third.body]).toEqual([
      ['f@example.com'],
      'reply@example.com',
      'S3',
      'B3',
    ]);
  });

  it('counts every recipient against the quota and throws once it is spent', () => {
    const meter = new TestMeter();
    const mailbox = new Mailbox({ dailyQuota: 5 });
    const mail = createMailApp(mailbox, meter);
    mail.sendEmail({
      to: 'a@example.com',
      cc: 'b@example.com',
      bcc: 'c@example.com',
      subject: 's',
      body: 'b',
    });
    // computed by hand: 5 - 3 recipients = 2
    expect(mail.getRemainingDailyQuota()).toBe(2);
    expect(() =>
      mail.sendEmail({ to: 'a@example.com, b@example.com, c@example.com', subject: 's', body: 'b' }),
    ).toThrow('Service invoked too many times for one day: email.');
    mail.sendEmail('d@example.com', 's', 'b');
    mail.sendEmail('e@example.com', 's', 'b');
    expect(mail.getRemainingDailyQuota()).toBe(0);
    expect(() => mail.sendEmail('f@example.com', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(mailbox.sent).toHaveLength(3);
  });

  it('resets the quota at the next UTC midnight of the virtual clock', () => {
    const meter = new TestMeter({ start: new Date('2026-01-15T23:59:00Z') });
    const mail = createMailApp(new Mailbox(), meter);
    mail.sendEmail('a@example.com', 's', 'b');
    expect(mail.getRemainingDailyQuota()).toBe(99);
    meter.advance(59_999);
    expect(mail.getRemainingDailyQuota()).toBe(99);
    meter.advance(1);
    expect(mail.getRemainingDailyQuota()).toBe(100);
  });

  it("counts earlier runs' recipients against the quota of their UTC day only", () => {
    const meter = new TestMeter({ start: new Date('2026-01-15T08:00:00Z') });
    const mailbox = new Mailbox({
      dailyQuota: 5,
      earlierRecipients: Object.freeze({ '2026-01-14': 5, '2026-01-15': 3 }),
    });
    const mail = createMailApp(mailbox, meter);
    // computed by hand: 5 - 3 earlier = 2 left on 2026-01-15
    expect(mail.getRemainingDailyQuota()).toBe(2);
    mail.sendEmail('a@example.com', 's', 'b', { cc: 'b@example.com' });
    expect(() => mail.sendEmail('c@example.com', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(mailbox.recipientsByDay()).toEqual({ '2026-01-14': 5, '2026-01-15': 5 });
    meter.advance(16 * 3_600_000);
    mail.sendEmail('c@example.com', 's', 'b');
    expect(mailbox.recipientsByDay()).toEqual({ '2026-01-14': 5, '2026-01-15': 5, '2026-01-16': 1 });
  });

  it('takes another daily quota when the account changes (the command line --mail-quota)', () => {
    const mailbox = new Mailbox();
    const mail = createMailApp(mailbox, new TestMeter());
    expect(mail.getRemainingDailyQuota()).toBe(100);
    mailbox.dailyQuota = 1_500;
    expect(mail.getRemainingDailyQuota()).toBe(1_500);
  });

  it('rejects invalid addresses and messages without recipients', () => {
    const mail = createMailApp(new Mailbox(), new TestMeter());
    expect(() => mail.sendEmail('not-an-address', 's', 'b')).toThrow('Invalid email: not-an-address');
    expect(() => mail.sendEmail('a@example.com', 's', 'b', { cc: 'ok@example.com, bad@' })).toThrow(
      'Invalid email: bad@',
    );
    expect(() => mail.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow(
      'Failed to send email: no recipient',
    );
    mail.sendEmail('Ada Lovelace <ada@example.com>', 's', 'b');
  });

  it('rejects a body over 200 KB', () => {
    const mailbox = new Mailbox();
    const mail = createMailApp(mailbox, new TestMeter());
    mail.sendEmail('a@example.com', 's', 'x'.repeat(204_800)); // 200 × 1024 bytes: allowed
    expect(() => mail.sendEmail('a@example.com', 's', 'x'.repeat(204_801))).toThrow(
      'Limit Exceeded: Email Body Size.',
    );
    expect(() => mail.sendEmail('a@example.com', 's', 'short', { htmlBody: 'x'.repeat(204_801) })).toThrow(
      'Limit Exceeded: Email Body Size.',
    );
    expect(mailbox.sent).toHaveLength(1);
  });

  it('counts attachments and meters calls', () => {
    const meter = new TestMeter();
    const mailbox = new Mailbox();
    const mail = createMailApp(mailbox, meter);
    const blob = {} as GoogleAppsScript.Base.BlobSource;
    mail.sendEmail('a@example.com', 's', 'b', { attachments: [blob, blob] });
    mail.getRemainingDailyQuota();
    expect(mailbox.sent[0].attachments).toBe(2);
    expect(meter.calls).toEqual(['MailApp.sendEmail', 'MailApp.getRemainingDailyQuota']);
  });
});
