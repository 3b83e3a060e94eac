// MailAppMailer: the Mailer port over the emulated MailApp, its quota and its refusals.
import { describe, expect, it } from 'vitest';
import { MailAppMailer } from '../../src/gas/mail-app-mailer';
import { environment, inExecution } from './gas-globals';

const email = {
  to: 'ana@example.com',
  subject: 'Thanks for your order',
  htmlBody: '<p>Hi Ana,</p>',
  textBody: 'Hi Ana,',
  senderName: 'Fig & Wick',
  replyTo: 'owner@example.com',
};

describe('MailAppMailer', () => {
  it('sends one message with both bodies, the sender name and reply-to, and counts it against the quota', () => {
    const env = environment();
    const execution = inExecution(env, () => {
      const mailer = new MailAppMailer();
      expect(mailer.remainingDailyQuota()).toBe(100);
      mailer.send(email);
      expect(mailer.remainingDailyQuota()).toBe(99);
    });
    expect(env.mailbox.sent).toHaveLength(1);
    expect(env.mailbox.sent[0]).toMatchObject({
      to: ['ana@example.com'],
      subject: 'Thanks for your order',
      body: 'Hi Ana,',
      htmlBody: '<p>Hi Ana,</p>',
      name: 'Fig & Wick',
      replyTo: 'owner@example.com',
    });
    expect(execution.count('MailApp')).toBe(3);
  });

  it('throws the service error and sends nothing for a bad address or a spent quota', () => {
    const env = environment();
    inExecution(env, () => {
      const mailer = new MailAppMailer();
      expect(() => mailer.send({ ...email, to: 'not an address' })).toThrow('Invalid email');
      for (let i = 0; i < 100; i++) mailer.send({ ...email, to: `c${i}@example.com` });
      expect(mailer.remainingDailyQuota()).toBe(0);
      expect(() => mailer.send(email)).toThrow('Service invoked too many times for one day: email.');
    });
    expect(env.mailbox.sent).toHaveLength(100);
  });
});
