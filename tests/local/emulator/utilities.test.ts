import { describe, expect, it } from 'vitest';
import { createUtilities } from '../../../src/local/emulator/utilities';
import { TestMeter } from './test-meter';

/** Hex from a specification, as the signed Java bytes Apps Script returns (b > 127 → b - 256). */
function signedBytes(hex: string): number[] {
  return (hex.match(/../g) ?? []).map((pair) => {
    const b = Number.parseInt(pair, 16);
    return b > 127 ? b - 256 : b;
  });
}

const utilities = () => createUtilities(new TestMeter());

describe('formatDate', () => {
  // US DST in 2026 starts Sunday 8 March at 02:00 EST (07:00 UTC) and ends Sunday 1 November at
  // 02:00 EDT (06:00 UTC) [Energy Policy Act of 2005: second Sunday of March, first Sunday of November].
  const pattern = 'yyyy-MM-dd HH:mm:ss z Z XXX';

  it('switches America/New_York from EST to EDT at the spring change', () => {
    const u = utilities();
    expect(u.formatDate(new Date('2026-03-08T06:59:59Z'), 'America/New_York', pattern)).toBe(
      '2026-03-08 01:59:59 EST -0500 -05:00',
    );
    expect(u.formatDate(new Date('2026-03-08T07:00:00Z'), 'America/New_York', pattern)).toBe(
      '2026-03-08 03:00:00 EDT -0400 -04:00',
    );
  });

  it('shows the repeated 01:30 of the autumn change once in EDT and once in EST', () => {
    const u = utilities();
    expect(u.formatDate(new Date('2026-11-01T05:30:00Z'), 'America/New_York', pattern)).toBe(
      '2026-11-01 01:30:00 EDT -0400 -04:00',
    );
    expect(u.formatDate(new Date('2026-11-01T06:30:00Z'), 'America/New_York', pattern)).toBe(
      '2026-11-01 01:30:00 EST -0500 -05:00',
    );
  });

  it('formats Asia/Kolkata at +05:30 with names (2026-01-01 was a Thursday, so the 15th is too)', () => {
    // computed by hand: 12:00 UTC + 5:30 = 17:30 = 05:30 PM
    expect(
      utilities().formatDate(new Date('2026-01-15T12:00:00Z'), 'Asia/Kolkata', 'EEE, d MMM yyyy hh:mm a z'),
    ).toBe('Thu, 15 Jan 2026 05:30 PM IST');
    expect(
      utilities().formatDate(new Date('2026-01-15T12:00:00Z'), 'Asia/Kolkata', 'EEEE MMMM Z XXX zzzz'),
    ).toBe('Thursday January +0530 +05:30 India Standard Time');
  });

  it('handles short fields, yy, H/h/k/K, S and quoted literals', () => {
    const u = utilities();
    const date = new Date('2026-07-05T00:04:09.007Z');
    expect(u.formatDate(date, 'Etc/UTC', 'yy M d H h k K m s S a')).toBe('26 7 5 0 12 24 0 4 9 7 AM');
    expect(u.formatDate(date, 'Etc/UTC', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe('2026-07-05T00:04:09.007Z');
    expect(u.formatDate(date, 'Etc/UTC', "h 'o''clock' ''")).toBe("12 o'clock '");
    // 5 July 2026: 31+28+31+30+31+30 = 181 days before July, + 5 = day 186; a Sunday → u = 7
    expect(u.formatDate(date, 'Etc/UTC', 'D u E z')).toBe('186 7 Sun UTC');
  });

  it('uses BST and CEST in European summer', () => {
    const u = utilities();
    const date = new Date('2026-07-15T12:00:00Z');
    expect(u.formatDate(date, 'Europe/London', 'HH:mm z')).toBe('13:00 BST');
    expect(u.formatDate(date, 'Europe/Paris', 'HH:mm z X XX')).toBe('14:00 CEST +02 +0200');
  });

  it('treats GMT+h:mm as a fixed zone and an unknown ID as GMT, as Java does', () => {
    const u = utilities();
    const date = new Date('2026-07-15T12:00:00Z');
    expect(u.formatDate(date, 'GMT+5:30', 'HH:mm z Z')).toBe('17:30 GMT+05:30 +0530');
    expect(u.formatDate(date, 'Not/AZone', 'HH:mm z')).toBe('12:00 GMT');
  });

  it('rejects unknown pattern letters and unterminated quotes', () => {
    const u = utilities();
    expect(() => u.formatDate(new Date(0), 'Etc/UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
    expect(() => u.formatDate(new Date(0), 'Etc/UTC', "yyyy 'open")).toThrow('Unterminated quote');
  });
});

describe('signatures and digests', () => {
  it('matches RFC 4231 test case 1 (key 20 × 0x0b, data "Hi There") with byte arrays', () => {
    const key = new Array(20).fill(0x0b);
    const data = Array.from('Hi There', (c) => c.charCodeAt(0));
    expect(utilities().computeHmacSha256Signature(data, key)).toEqual(
      signedBytes('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'),
    );
  });

  it('matches RFC 4231 test case 2 (key "Jefe") with strings', () => {
    const u = utilities();
    expect(u.computeHmacSha256Signature('what do ya want for nothing?', 'Jefe')).toEqual(
      signedBytes('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'),
    );
    expect(
      u.computeHmacSignature(u.MacAlgorithm.HMAC_SHA_256, 'what do ya want for nothing?', 'Jefe'),
    ).toEqual(signedBytes('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'));
  });

  it('digests "abc" as FIPS 180-2 and RFC 1321 give', () => {
    const u = utilities();
    expect(u.computeDigest(u.DigestAlgorithm.SHA_256, 'abc')).toEqual(
      signedBytes('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'),
    );
    expect(u.computeDigest(u.DigestAlgorithm.SHA_1, 'abc')).toEqual(
      signedBytes('a9993e364706816aba3e25717850c26c9cd0d89d'),
    );
    expect(u.computeDigest(u.DigestAlgorithm.MD5, 'abc')).toEqual(
      signedBytes('900150983cd24fb0d6963f7d28e17f72'),
    );
    expect(() => u.computeDigest(u.DigestAlgorithm.MD2, 'abc')).toThrow('MD2');
  });

  it('encodes non-ASCII characters as "?" under US_ASCII', () => {
    const u = utilities();
    // 'é' → '?' (0x3f): MD5("?") differs from MD5 of the UTF-8 bytes c3 a9
    expect(u.computeDigest(u.DigestAlgorithm.MD5, 'é', u.Charset.US_ASCII)).toEqual(
      u.computeDigest(u.DigestAlgorithm.MD5, '?'),
    );
    expect(u.base64Encode('é', u.Charset.US_ASCII)).toBe('Pw==');
    expect(u.base64Encode('é')).toBe('w6k=');
  });
});

describe('base64', () => {
  it('encodes the RFC 4648 §10 vectors', () => {
    const u = utilities();
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map((s) => u.base64Encode(s))).toEqual([
      '',
      'Zg==',
      'Zm8=',
      'Zm9v',
      'Zm9vYg==',
      'Zm9vYmE=',
      'Zm9vYmFy',
    ]);
  });

  it('uses - and _ in the web-safe alphabet and keeps the padding', () => {
    // computed by hand: fb ff = 111110 111111 1111(00) → 62, 63, 60 → '+/8=' standard, '-_8=' web-safe
    const u = utilities();
    expect(u.base64Encode([-5, -1])).toBe('+/8=');
    expect(u.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    expect(u.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
    expect(u.base64Decode('+/8=')).toEqual([-5, -1]);
    expect(u.base64Decode('Zm9vYmFy')).toEqual([102, 111, 111, 98, 97, 114]);
  });

  it('rejects what is not strict base64', () => {
    const u = utilities();
    expect(() => u.base64Decode('Zm8')).toThrow('Could not decode string.');
    expect(() => u.base64Decode('-_8=')).toThrow('Could not decode string.');
  });
});

describe('blobs, UUIDs, sleep and CSV', () => {
  it('newBlob keeps data, type and name', () => {
    const blob = utilities().newBlob('héllo', 'text/plain', 'greeting.txt');
    expect(blob.getDataAsString()).toBe('héllo');
    expect(blob.getBytes()).toEqual([104, -61, -87, 108, 108, 111]); // é = c3 a9 in UTF-8
    expect(blob.getName()).toBe('greeting.txt');
    expect(blob.getContentType()).toBe('text/plain');
    expect(blob.setName('x').getName()).toBe('x');
    expect(utilities().newBlob([104, 105]).getDataAsString()).toBe('hi');
    const meter = new TestMeter();
    createUtilities(meter).newBlob('a').setName('n').copyBlob().getName();
    expect(meter.calls).toEqual(['Utilities.newBlob', 'Blob.setName', 'Blob.copyBlob', 'Blob.getName']);
  });

  it('getUuid returns RFC 4122 version 4 UUIDs', () => {
    const u = utilities();
    const ids = [u.getUuid(), u.getUuid()];
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('sleep advances the virtual clock, at most 300,000 ms', () => {
    const meter = new TestMeter();
    const u = createUtilities(meter);
    const start = meter.now().getTime();
    u.sleep(1500);
    expect(meter.now().getTime() - start).toBe(1500);
    expect(() => u.sleep(300_001)).toThrow();
    expect(meter.calls).toEqual(['Utilities.sleep', 'Utilities.sleep']);
  });

  it('parseCsv follows RFC 4180 quoting', () => {
    const u = utilities();
    expect(u.parseCsv('a,"b,c"\n"say ""hi""",d\r\n"multi\nline",\n')).toEqual([
      ['a', 'b,c'],
      ['say "hi"', 'd'],
      ['multi\nline', ''],
    ]);
    expect(u.parseCsv('x;y', ';')).toEqual([['x', 'y']]);
  });
});
