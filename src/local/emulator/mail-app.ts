// Emulated MailApp: records every message in a Mailbox and enforces the daily recipient quota and size limits.
import type { ServiceMeter } from './service-meter';

/**
 * Quotas [developers.google.com/apps-script/guides/services/quotas]: 100 recipients a day for consumer
 * accounts (1,500 for Workspace), an email body of 200 KB (400 KB for Workspace). Error texts are the
 * ones Apps Script throws, as quoted in public execution logs.
 */
export const CONSUMER_DAILY_RECIPIENTS = 100;
export const CONSUMER_BODY_LIMIT_BYTES = 200 * 1024;

const QUOTA_SPENT = 'Service invoked too many times for one day: email.';
const BODY_TOO_LARGE = 'Limit Exceeded: Email Body Size.';
const NO_RECIPIENT = 'Failed to send email: no recipient';

/** One message as MailApp would have sent it. */
export interface SentMessage {
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string | null;
  name: string | null;
  subject: string;
  body: string;
  htmlBody: string | null;
  attachments: number;
  noReply: boolean;
  /** Virtual time of the send. */
  sentAt: Date;
}

export type EmulatedMailApp = GoogleAppsScript.Mail.MailApp;

export interface MailboxOptions {
  /** Recipients allowed per UTC day; 100 (consumer) unless told. */
  dailyQuota?: number;
  /** Largest body or HTML body in UTF-8 bytes; 200 KB (consumer) unless told. */
  bodyLimitBytes?: number;
  /**
   * Recipients already used per UTC day ('2024-03-01' → 12) by sends this mailbox does not hold, e.g.
   * those of an earlier command-line run: they count against the quota of their day.
   */
  earlierRecipients?: Record<string, number>;
}

/** Every message sent, across executions, and the quota they use up. */
export class Mailbox {
  readonly sent: SentMessage[] = [];
  /** The account's recipients per UTC day; the command line may be told another (--mail-quota). */
  dailyQuota: number;
  readonly bodyLimitBytes: number;
  private readonly earlier: ReadonlyMap<string, number>;

  constructor(options: MailboxOptions = {}) {
    this.dailyQuota = options.dailyQuota ?? CONSUMER_DAILY_RECIPIENTS;
    this.bodyLimitBytes = options.bodyLimitBytes ?? CONSUMER_BODY_LIMIT_BYTES;
    this.earlier = new Map(Object.entries(options.earlierRecipients ?? {}));
  }

  /** Recipients (to, cc and bcc each count) used per UTC day, earlier sends included, oldest day first. */
  recipientsByDay(): Record<string, number> {
    const days = new Map(this.earlier);
    for (const m of this.sent) {
      const day = utcDay(m.sentAt);
      days.set(day, (days.get(day) ?? 0) + m.to.length + m.cc.length + m.bcc.length);
    }
    return Object.fromEntries([...days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  /** Recipients still allowed on the UTC day of `now`. */
  remainingDailyQuota(now: Date): number {
    const day = utcDay(now);
    const used = this.sent
      .filter((m) => utcDay(m.sentAt) === day)
      .reduce((sum, m) => sum + m.to.length + m.cc.length + m.bcc.length, this.earlier.get(day) ?? 0);
    return this.dailyQuota - used;
  }
}

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function exception(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

const ADDRESS = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:".]+(\.[^\s@<>()[\],;:".]+)+$/;

/** The addresses of a comma-separated list ('Name <a@b.c>' allowed); throws "Invalid email: x" on a bad one. */
function addresses(list: string | undefined): string[] {
  if (list === undefined || list === null || String(list).trim() === '') return [];
  return String(list)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const bracketed = /<([^>]*)>\s*$/.exec(part);
      const address = (bracketed ? bracketed[1] : part).trim();
      if (!ADDRESS.test(address)) throw exception(`Invalid email: ${part}`);
      return address;
    });
}

/**
 * MailApp over `mailbox`. sendEmail accepts (recipient, subject, body), (recipient, subject, body,
 * options), (to, replyTo, subject, body) and (message). It throws "Failed to send email: no recipient"
 * without any recipient, "Invalid email: x" for a malformed address, "Limit Exceeded: Email Body Size."
 * for a body or HTML body over the limit, and "Service invoked too many times for one day: email." when
 * the message has more recipients than the day's remaining quota; nothing is recorded when it throws.
 */
export function createMailApp(mailbox: Mailbox, meter: ServiceMeter): EmulatedMailApp {
  const send = (message: GoogleAppsScript.Mail.MailAdvancedParameters): void => {
    const to = addresses(message.to);
    const cc = addresses(message.cc);
    const bcc = addresses(message.bcc);
    if (to.length + cc.length + bcc.length === 0) throw exception(NO_RECIPIENT);
    const replyTo = message.replyTo ? addresses(message.replyTo)[0] : null;
    const body = message.body === undefined || message.body === null ? '' : String(message.body);
    const htmlBody =
      message.htmlBody === undefined || message.htmlBody === null ? null : String(message.htmlBody);
    for (const text of [body, htmlBody ?? '']) {
      if (Buffer.byteLength(text, 'utf8') > mailbox.bodyLimitBytes) throw exception(BODY_TOO_LARGE);
    }
    const now = meter.now();
    if (to.length + cc.length + bcc.length > mailbox.remainingDailyQuota(now)) throw exception(QUOTA_SPENT);
    mailbox.sent.push({
      to,
      cc,
      bcc,
      replyTo,
      name: message.name ?? null,
      subject: message.subject === undefined ? '' : String(message.subject),
      body,
      htmlBody,
      attachments: message.attachments?.length ?? 0,
      noReply: message.noReply === true,
      sentAt: now,
    });
  };
  return {
    sendEmail(
      first: string | GoogleAppsScript.Mail.MailAdvancedParameters,
      second?: string,
      third?: string,
      fourth?: string | GoogleAppsScript.Mail.MailAdvancedParameters,
    ): void {
      meter.call('MailApp', 'sendEmail');
      if (typeof first === 'object' && first !== null) send(first);
      else if (typeof fourth === 'string') send({ to: first, replyTo: second, subject: third, body: fourth });
      else send({ ...(fourth ?? {}), to: first, subject: second, body: third });
    },
    getRemainingDailyQuota() {
      meter.call('MailApp', 'getRemainingDailyQuota');
      return mailbox.remainingDailyQuota(meter.now());
    },
  } as EmulatedMailApp;
}
