// startsLikeZip: whether bytes start with the zip local file header signature, as every .xlsx does.
import { describe, expect, it } from 'vitest';
import { startsLikeZip, ZIP_SIGNATURE_LENGTH } from '../../../src/local/store/zip-signature';

describe('startsLikeZip', () => {
  it('recognises the local file header signature "PK\\x03\\x04" [PKWARE APPNOTE.TXT 4.3.7]', () => {
    expect(ZIP_SIGNATURE_LENGTH).toBe(4);
    expect(startsLikeZip(Uint8Array.of(0x50, 0x4b, 0x03, 0x04))).toBe(true);
    expect(startsLikeZip(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00))).toBe(true);
    expect(startsLikeZip(new TextEncoder().encode('PK\u0003\u0004rest'))).toBe(true);
  });

  it('refuses other files: CSV text, an empty-archive end record, an OLE2 (.xls) header', () => {
    expect(startsLikeZip(new TextEncoder().encode('Order ID,Amount\n'))).toBe(false);
    // "PK\x05\x06" opens an empty zip: no entries, so no workbook.
    expect(startsLikeZip(Uint8Array.of(0x50, 0x4b, 0x05, 0x06))).toBe(false);
    expect(startsLikeZip(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe(false);
  });

  it('refuses fewer bytes than the signature, even when they match its start', () => {
    expect(startsLikeZip(new Uint8Array(0))).toBe(false);
    expect(startsLikeZip(Uint8Array.of(0x50, 0x4b, 0x03))).toBe(false);
  });

  it('reads a Buffer, a Uint8Array subclass, as well', () => {
    expect(startsLikeZip(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
    expect(startsLikeZip(Buffer.from('PK34'))).toBe(false);
  });
});
