import { describe, expect, it } from 'vitest';
import type { SentMessage } from '../../../src/local/emulator/mail-app';
import { emlMessage } from '../../../src/local/outbox/eml-message';
import { parseEml } from './parse-eml';

const HTML = `<p>Olá Ana,</p><p>${'Thank you for your order of the fig candle = 12,50 €. '.repeat(3)}</p><p><a href="https://script.google.com/macros/s/x/exec?c=C000001&amp;s=abc">Unsubscribe</a></p>`;

const MESSAGE: SentMessage = Object.freeze({
  to: ['ana@example.com'],
  cc: [],
  bcc: [],
  replyTo: 'owner@fig.example',
  name: 'Fig & Co. Candles',
  subject: 'Olá Ana — obrigada ☕',
  body: 'Olá Ana,\n\nThank you for your order.   \nUnsubscribe: https://script.google.com/macros/s/x/exec?c=C000001&s=abc\n',
  htmlBody: HTML,
  attachments: 0,
  noReply: false,
  sentAt: new Date('2025-03-01T09:00:00.800Z'),
});

describe('emlMessage', () => {
  const eml = emlMessage(MESSAGE, { from: 'owner@example.com', index: 1 });
  const parsed = parseEml(eml);

  it('has the headers a mail program shows, each on CRLF lines', () => {
    expect(parsed.headers.get('from')).toBe('"Fig & Co. Candles" <owner@example.com>');
    expect(parsed.headers.get('to')).toBe('ana@example.com');
    expect(parsed.headers.get('reply-to')).toBe('owner@fig.example');
    expect(parsed.headers.get('date')).toBe('Sat, 01 Mar 2025 09:00:00 +0000');
    expect(parsed.headers.get('mime-version')).toBe('1.0');
    expect(parsed.headers.get('message-id')).toMatch(/^<1740819600800\.1\.[0-9a-f]{16}@solo-crm\.local>$/);
    expect(parsed.headers.has('cc')).toBe(false);
    expect(eml.split('\r\n').every((line) => line.length <= 998)).toBe(true);
  });

  it('encodes the subject that is not ASCII (RFC 2047) and decodes back to it', () => {
    expect(parsed.rawHeaders.get('subject')).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=/);
    expect(parsed.headers.get('subject')).toBe('Olá Ana — obrigada ☕');
  });

  it('carries the text and the HTML as the two parts of multipart/alternative', () => {
    expect(parsed.headers.get('content-type')).toMatch(
      /^multipart\/alternative; boundary="=_solo-crm_[0-9a-f]{24}"$/,
    );
    expect(parsed.parts.map((part) => part.headers.get('content-type'))).toEqual([
      'text/plain; charset=UTF-8',
      'text/html; charset=UTF-8',
    ]);
    expect(parsed.parts.map((part) => part.headers.get('content-transfer-encoding'))).toEqual([
      'quoted-printable',
      'quoted-printable',
    ]);
    expect(parsed.parts[0].text).toBe(MESSAGE.body.replace(/\n/g, '\r\n'));
    expect(parsed.parts[1].text).toBe(HTML);
  });

  it('is text only, without a boundary, when the message had no HTML body, and lists Cc and Bcc', () => {
    const plain = emlMessage(
      {
        ...MESSAGE,
        htmlBody: null,
        cc: ['c@example.com'],
        bcc: ['b@example.com'],
        name: null,
        replyTo: null,
        subject: 'Hi',
      },
      { from: 'owner@example.com', index: 2 },
    );
    const back = parseEml(plain);
    expect(back.headers.get('from')).toBe('owner@example.com');
    expect(back.headers.get('cc')).toBe('c@example.com');
    expect(back.headers.get('bcc')).toBe('b@example.com');
    expect(back.headers.has('reply-to')).toBe(false);
    expect(back.rawHeaders.get('subject')).toBe('Hi');
    expect(back.headers.get('content-type')).toBe('text/plain; charset=UTF-8');
    expect(back.parts).toHaveLength(1);
    expect(back.parts[0].text).toBe(MESSAGE.body.replace(/\n/g, '\r\n'));
  });

  it('gives two messages of the same instant different Message-IDs', () => {
    const other = parseEml(emlMessage(MESSAGE, { from: 'owner@example.com', index: 2 }));
    expect(other.headers.get('message-id')).not.toBe(parsed.headers.get('message-id'));
  });
});
