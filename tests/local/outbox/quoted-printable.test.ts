import { describe, expect, it } from 'vitest';
import { quotedPrintable } from '../../../src/local/outbox/quoted-printable';
import { decodeQuotedPrintable } from './parse-eml';

describe('quotedPrintable', () => {
  it('escapes "=", bytes outside ASCII and a space ending a line (RFC 2045 6.7; UTF-8 of á is C3 A1)', () => {
    expect(quotedPrintable('Olá = hi')).toBe('Ol=C3=A1 =3D hi');
    expect(quotedPrintable('end \nnext\t')).toBe('end=20\r\nnext=09');
    expect(quotedPrintable('a\r\nb\rc\nd')).toBe('a\r\nb\r\nc\r\nd');
  });

  it('cuts lines over 76 characters with soft breaks, never inside an escape', () => {
    const text = `${'x'.repeat(74)}é${'y'.repeat(80)}`;
    const encoded = quotedPrintable(text);
    const lines = encoded.split('\r\n');
    expect(lines.every((line) => line.length <= 76)).toBe(true);
    // 74 x, then =C3 does not fit in 75: the soft break comes first.
    expect(lines[0]).toBe(`${'x'.repeat(74)}=`);
    expect(lines[1].startsWith('=C3=A9')).toBe(true);
    expect(decodeQuotedPrintable(encoded)).toBe(text);
  });

  it('round-trips any text through a decoder, line breaks as CRLF', () => {
    const text =
      'Hi Ana,\n\nYour order ☕ of 12,50 € = done.   \n<a href="https://x.example/u?c=1&s=ab">stop</a>\n';
    expect(decodeQuotedPrintable(quotedPrintable(text))).toBe(text.replace(/\n/g, '\r\n'));
  });
});
