import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/import/decode-text';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeText', () => {
  it('reads valid UTF-8, with or without its BOM, including 4-byte characters', () => {
    const text = 'Jürgen;1.234,56 €;🔥\r\n';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ text, encoding: 'utf-8', reason: 'valid UTF-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text,
      encoding: 'utf-8',
      reason: 'UTF-8 byte order mark',
    });
  });

  it('reads Windows-1252 when the bytes are not UTF-8, with its 0x80-0x9F characters', () => {
    // "Müller „Größe“ 5 € – ok" as Windows-1252 writes it.
    const decoded = decodeText(
      bytes(
        0x4d,
        0xfc,
        0x6c,
        0x6c,
        0x65,
        0x72,
        0x20,
        0x84,
        0x47,
        0x72,
        0xf6,
        0xdf,
        0x65,
        0x93,
        0x20,
        0x35,
        0x20,
        0x80,
        0x20,
        0x96,
        0x20,
        0x6f,
        0x6b,
      ),
    );
    expect(decoded).toEqual({
      text: 'Müller „Größe“ 5 € – ok',
      encoding: 'windows-1252',
      reason: 'not valid UTF-8 (byte 2 of 23)',
    });
    // Latin-1 text reads the same way; overlong and surrogate UTF-8 forms are not UTF-8.
    expect(decodeText(bytes(0x53, 0xf8, 0x72, 0x65, 0x6e)).text).toBe('Søren');
    expect(decodeText(bytes(0xc0, 0xaf)).encoding).toBe('windows-1252');
    expect(decodeText(bytes(0xed, 0xa0, 0x80)).encoding).toBe('windows-1252');
    // A UTF-8 sequence cut by the end of the file is not UTF-8 either.
    expect(decodeText(bytes(0x61, 0xe2, 0x82)).text).toBe('aâ‚');
  });

  it('reads UTF-16 LE and BE after their byte order marks', () => {
    const text = 'Name\tŁukasz 李 🔥\r\n';
    const le: number[] = [0xff, 0xfe];
    const be: number[] = [0xfe, 0xff];
    for (let k = 0; k < text.length; k++) {
      const unit = text.charCodeAt(k);
      le.push(unit & 0xff, unit >> 8);
      be.push(unit >> 8, unit & 0xff);
    }
    expect(decodeText(new Uint8Array(le))).toEqual({
      text,
      encoding: 'utf-16le',
      reason: 'UTF-16 LE byte order mark',
    });
    expect(decodeText(new Uint8Array(be))).toEqual({
      text,
      encoding: 'utf-16be',
      reason: 'UTF-16 BE byte order mark',
    });
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0x42)).text).toBe('A\ufffd');
  });

  it('decodes a large file in slices without overflowing the stack', () => {
    const big = new Uint8Array(3_000_000).fill(0x61);
    big[2_999_999] = 0xe9; // é in Windows-1252, not UTF-8
    const decoded = decodeText(big);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text.length).toBe(3_000_000);
    expect(decoded.text.endsWith('aé')).toBe(true);
  });
});
