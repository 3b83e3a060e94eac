import { describe, expect, it } from 'vitest';
import { mailboxHeader } from '../../../src/local/outbox/mailbox-header';

describe('mailboxHeader', () => {
  it('writes a plain name as it is and the address in angle brackets', () => {
    expect(mailboxHeader('Fig Candles', 'owner@example.com')).toBe('Fig Candles <owner@example.com>');
  });

  it('quotes a name with specials (RFC 5322 3.2.3: "," "." and "\\"" are not atext)', () => {
    expect(mailboxHeader('Ana, Shop', 'a@example.com')).toBe('"Ana, Shop" <a@example.com>');
    expect(mailboxHeader('Fig & Co. "Ltd"', 'a@example.com')).toBe('"Fig & Co. \\"Ltd\\"" <a@example.com>');
  });

  it('encodes a name that is not ASCII, and leaves out an empty one', () => {
    expect(mailboxHeader('Olá', 'a@example.com')).toBe('=?UTF-8?B?T2zDoQ==?= <a@example.com>');
    expect(mailboxHeader(null, 'a@example.com')).toBe('a@example.com');
    expect(mailboxHeader('  ', 'a@example.com')).toBe('a@example.com');
  });
});
