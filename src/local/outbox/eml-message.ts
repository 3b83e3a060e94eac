// One sent message as an RFC 5322 .eml file: the headers a mail program shows and a MIME body of text and HTML.
import { createHash } from 'node:crypto';
import type { SentMessage } from '../emulator/mail-app';
import { encodedHeaderText } from './encoded-word';
import { mailboxHeader } from './mailbox-header';
import { quotedPrintable } from './quoted-printable';
import { rfc5322Date } from './rfc5322-date';

export interface EmlOptions {
  /** The account MailApp sends from (the script's effective user). */
  from: string;
  /** The message's place among those written together, which keeps Message-IDs apart. */
  index: number;
}

/** A text part: its headers and its quoted-printable body. */
function part(type: 'plain' | 'html', text: string): string[] {
  return [
    `Content-Type: text/${type}; charset=UTF-8`,
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(text),
  ];
}

/**
 * The message as the bytes of an .eml file (CRLF line ends): From (the sender name MailApp was given,
 * and the account's address), To, Cc, Bcc (this is the sender's copy), Reply-To, Subject (RFC 2047
 * encoded when not ASCII), Date (the virtual send time), a Message-ID, MIME-Version, then a
 * multipart/alternative body of a text/plain and a text/html part, both UTF-8 quoted-printable (text
 * only when the message had no HTML body). The boundary starts with "=_", which quoted-printable
 * never writes, so it cannot occur in a part.
 */
export function emlMessage(message: SentMessage, options: EmlOptions): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([message.to, message.subject, message.sentAt.toISOString(), options.index]))
    .digest('hex');
  const headers = [
    `From: ${mailboxHeader(message.name, options.from)}`,
    `To: ${message.to.join(', ')}`,
    ...(message.cc.length ? [`Cc: ${message.cc.join(', ')}`] : []),
    ...(message.bcc.length ? [`Bcc: ${message.bcc.join(', ')}`] : []),
    ...(message.replyTo ? [`Reply-To: ${message.replyTo}`] : []),
    `Subject: ${encodedHeaderText(message.subject)}`,
    `Date: ${rfc5322Date(message.sentAt)}`,
    `Message-ID: <${message.sentAt.getTime()}.${options.index}.${digest.slice(0, 16)}@solo-crm.local>`,
    'MIME-Version: 1.0',
  ];
  // A single part's body runs to the end of the file: a line break added there would be part of it.
  if (message.htmlBody === null) return [...headers, ...part('plain', message.body)].join('\r\n');
  const boundary = `=_solo-crm_${digest.slice(16, 40)}`;
  return [
    ...headers,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    ...part('plain', message.body),
    `--${boundary}`,
    ...part('html', message.htmlBody),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
