// Emulated Utilities: Java-style date formatting in IANA zones, digests, HMAC, base64, blobs, UUIDs, sleep, CSV.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { fixedOffsetMinutes, knownZone, type ZonedFields, zonedFields, zoneOffsetMs } from './java-time-zone';
import type { ServiceMeter } from './service-meter';

/** Apps Script's longest sleep [developers.google.com/apps-script/reference/utilities/utilities#sleep]. */
export const MAX_SLEEP_MS = 300_000;

const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;
const DigestAlgorithm = {
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const;
const MacAlgorithm = {
  HMAC_MD5: 'HMAC_MD5',
  HMAC_SHA_1: 'HMAC_SHA_1',
  HMAC_SHA_256: 'HMAC_SHA_256',
  HMAC_SHA_384: 'HMAC_SHA_384',
  HMAC_SHA_512: 'HMAC_SHA_512',
} as const;

const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};
const NODE_HMAC: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

type Byte = number;
type Charset = GoogleAppsScript.Utilities.Charset;
type DigestAlgorithm = GoogleAppsScript.Utilities.DigestAlgorithm;
type MacAlgorithm = GoogleAppsScript.Utilities.MacAlgorithm;

/** The Blob subset the emulator hands out; setters return the blob itself. */
export interface EmulatedBlob {
  getBytes(): Byte[];
  getDataAsString(charset?: string): string;
  getName(): string | null;
  getContentType(): string | null;
  setName(name: string): EmulatedBlob;
  setContentType(contentType: string | null): EmulatedBlob;
  setBytes(data: Byte[]): EmulatedBlob;
  setDataFromString(text: string, charset?: string): EmulatedBlob;
  copyBlob(): EmulatedBlob;
}

export type EmulatedUtilities = Pick<
  GoogleAppsScript.Utilities.Utilities,
  | 'Charset'
  | 'DigestAlgorithm'
  | 'MacAlgorithm'
  | 'formatDate'
  | 'computeHmacSha256Signature'
  | 'computeHmacSignature'
  | 'computeDigest'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'base64Decode'
  | 'base64DecodeWebSafe'
  | 'getUuid'
  | 'sleep'
  | 'parseCsv'
> & {
  newBlob(data: string | Byte[], contentType?: string, name?: string): EmulatedBlob;
};

function exception(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    formatters.set(key, cached);
  }
  return cached;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function pad(value: number, width: number): string {
  const text = String(Math.abs(value)).padStart(width, '0');
  return value < 0 ? `-${text}` : text;
}

/** '+hh:mm' style offset; `colon` chooses between '+0530' and '+05:30'. */
function offsetText(offsetMs: number, colon: boolean): string {
  const minutes = Math.round(offsetMs / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

/**
 * Java's zone name for pattern letter z. Java has its own names (EST, IST, CET, BST); Intl's English
 * locales between them give the same abbreviations, and where none has one Java prints 'GMT+05:30'.
 */
function zoneName(date: Date, timeZone: string, long: boolean, offsetMs: number): string {
  const fallback = offsetMs === 0 ? 'GMT' : `GMT${offsetText(offsetMs, true)}`;
  const zone = knownZone(timeZone);
  if (fixedOffsetMinutes(timeZone) !== null || zone !== timeZone) return fallback;
  for (const locale of long ? ['en-US'] : ['en-US', 'en-GB', 'en-IN']) {
    const name = formatter(locale, zone, { timeZoneName: long ? 'long' : 'short' })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (name && !/^(GMT|UTC)[+-]/.test(name)) return name;
  }
  return fallback;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function dayOfYear(fields: ZonedFields): number {
  return (Date.UTC(fields.year, fields.month - 1, fields.day) - Date.UTC(fields.year, 0, 1)) / 86_400_000 + 1;
}

/** Text of one run of a pattern letter, following java.text.SimpleDateFormat (English, Gregorian). */
function field(
  letter: string,
  count: number,
  date: Date,
  timeZone: string,
  f: ZonedFields,
  offsetMs: number,
): string {
  switch (letter) {
    case 'G':
      return f.year > 0 ? 'AD' : 'BC';
    case 'y': {
      const year = f.year > 0 ? f.year : 1 - f.year;
      return count === 2 ? pad(year % 100, 2) : pad(year, count);
    }
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[f.month - 1];
      if (count === 3) return MONTHS[f.month - 1].slice(0, 3);
      return pad(f.month, count);
    case 'd':
      return pad(f.day, count);
    case 'D':
      return pad(dayOfYear(f), count);
    case 'E':
      return count >= 4 ? DAY_NAMES[f.weekday] : WEEKDAYS[f.weekday];
    case 'u':
      return pad(f.weekday === 0 ? 7 : f.weekday, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return pad(f.hour % 12, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.millisecond, count);
    case 'z':
      return zoneName(date, timeZone, count >= 4, offsetMs);
    case 'Z':
      return offsetText(offsetMs, false);
    case 'X': {
      if (count > 3) throw exception('Invalid argument: format');
      if (offsetMs === 0) return 'Z';
      const full = offsetText(offsetMs, count === 3);
      return count === 1 ? full.slice(0, 3) : full;
    }
    default:
      // Week-based letters (Y, w, W, F) depend on a locale's week rules: not modelled.
      throw exception(`Illegal pattern character '${letter}'`);
  }
}

/**
 * Formats `date` on the wall clock of `timeZone` (an IANA ID, or 'GMT+hh:mm'; an unknown ID means GMT,
 * as in Java) with a java.text.SimpleDateFormat pattern: G y M L d D E u a H k K h m s S z Z X, and
 * 'quoted text' with '' for a quote. Throws on an unknown pattern letter or an unterminated quote.
 */
function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw exception('Invalid argument: date');
  const offsetMs = zoneOffsetMs(date, timeZone);
  const fields = zonedFields(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      let literal = '';
      for (;;) {
        if (j >= pattern.length) throw exception('Unterminated quote');
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            literal += "'";
            j += 2;
            continue;
          }
          break;
        }
        literal += pattern[j];
        j++;
      }
      out += literal;
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      out += field(c, j - i, date, timeZone, fields, offsetMs);
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function toSigned(bytes: Uint8Array): Byte[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

/** A string's bytes in `charset` (US-ASCII maps other characters to '?', as Java does), or given bytes. */
function toBuffer(value: string | Byte[], charset?: Charset | string): Buffer {
  if (Array.isArray(value)) return Buffer.from(value.map((b) => Number(b) & 0xff));
  const text = String(value);
  if (String(charset) === Charset.US_ASCII)
    return Buffer.from(Array.from(text, (ch) => (ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) : 63)));
  return Buffer.from(text, 'utf8');
}

/** Strict standard base64 (padding required), as Apps Script's decoder: anything else throws. */
function decodeBase64(encoded: string, webSafe: boolean): Byte[] {
  const text = String(encoded).replace(/\s+/g, '');
  const alphabet = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (text.length % 4 !== 0 || !alphabet.test(text)) throw exception('Could not decode string.');
  return toSigned(Buffer.from(text, webSafe ? 'base64url' : 'base64'));
}

/** `blob` with every method call metered as Blob.method; setters keep returning the metered view. */
function meteredBlob(blob: EmulatedBlob, meter: ServiceMeter): EmulatedBlob {
  const view: EmulatedBlob = new Proxy(blob, {
    get(object, key) {
      const value = Reflect.get(object, key);
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return (...args: unknown[]) => {
        meter.call('Blob', key);
        const result = value.apply(object, args);
        if (result === object) return view;
        return key === 'copyBlob' ? meteredBlob(result as EmulatedBlob, meter) : result;
      };
    },
  });
  return view;
}

function createBlob(initial: Buffer, contentType: string | null, name: string | null): EmulatedBlob {
  let bytes = initial;
  let type = contentType;
  let blobName = name;
  const blob: EmulatedBlob = {
    getBytes: () => toSigned(bytes),
    getDataAsString: (charset) => bytes.toString(charset && /ascii/i.test(charset) ? 'ascii' : 'utf8'),
    getName: () => blobName,
    getContentType: () => type,
    setName(newName) {
      blobName = newName;
      return blob;
    },
    setContentType(newType) {
      type = newType;
      return blob;
    },
    setBytes(data) {
      bytes = toBuffer(data);
      return blob;
    },
    setDataFromString(text, charset) {
      bytes = toBuffer(text, charset && /ascii/i.test(charset) ? Charset.US_ASCII : Charset.UTF_8);
      return blob;
    },
    copyBlob: () => createBlob(Buffer.from(bytes), type, blobName),
  };
  return blob;
}

/** RFC 4180 fields: quoted fields may hold the delimiter, line breaks and doubled quotes. */
function parseCsv(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let fieldText = '';
  let quoted = false;
  let rowStarted = false;
  const text = String(csv);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        fieldText += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        fieldText += c;
      }
      continue;
    }
    if (c === '"') {
      quoted = true;
      rowStarted = true;
    } else if (c === delimiter) {
      row.push(fieldText);
      fieldText = '';
      rowStarted = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(fieldText);
      rows.push(row);
      row = [];
      fieldText = '';
      rowStarted = false;
    } else {
      fieldText += c;
      rowStarted = true;
    }
  }
  if (rowStarted || fieldText !== '' || row.length > 0) {
    row.push(fieldText);
    rows.push(row);
  }
  return rows;
}

/**
 * Utilities for one execution. Digests and signatures return signed bytes (-128..127) as Apps Script's
 * Java bytes are; byte arrays given to it may be signed or unsigned. MD2 throws: Node's OpenSSL has no
 * MD2. sleep advances the virtual clock and throws past 300,000 ms.
 */
export function createUtilities(meter: ServiceMeter): EmulatedUtilities {
  const digest = (algorithm: DigestAlgorithm, value: string | Byte[], charset?: Charset): Byte[] => {
    const name = NODE_DIGEST[String(algorithm)];
    if (!name) throw exception(`Digest algorithm ${String(algorithm)} is not available in the emulator`);
    return toSigned(createHash(name).update(toBuffer(value, charset)).digest());
  };
  const hmac = (
    algorithm: MacAlgorithm,
    value: string | Byte[],
    key: string | Byte[],
    charset?: Charset,
  ): Byte[] => {
    const name = NODE_HMAC[String(algorithm)];
    if (!name) throw exception(`Invalid argument: algorithm`);
    return toSigned(createHmac(name, toBuffer(key, charset)).update(toBuffer(value, charset)).digest());
  };
  return {
    Charset: Charset as unknown as typeof GoogleAppsScript.Utilities.Charset,
    DigestAlgorithm: DigestAlgorithm as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm,
    MacAlgorithm: MacAlgorithm as unknown as typeof GoogleAppsScript.Utilities.MacAlgorithm,
    formatDate(date: Date, timeZone: string, format: string) {
      meter.call('Utilities', 'formatDate');
      return formatDate(date, timeZone, format);
    },
    computeHmacSha256Signature(value: string | Byte[], key: string | Byte[], charset?: Charset) {
      meter.call('Utilities', 'computeHmacSha256Signature');
      return hmac(MacAlgorithm.HMAC_SHA_256 as unknown as MacAlgorithm, value, key, charset);
    },
    computeHmacSignature(
      algorithm: MacAlgorithm,
      value: string | Byte[],
      key: string | Byte[],
      charset?: Charset,
    ) {
      meter.call('Utilities', 'computeHmacSignature');
      return hmac(algorithm, value, key, charset);
    },
    computeDigest(algorithm: DigestAlgorithm, value: string | Byte[], charset?: Charset) {
      meter.call('Utilities', 'computeDigest');
      return digest(algorithm, value, charset);
    },
    base64Encode(data: string | Byte[], charset?: Charset) {
      meter.call('Utilities', 'base64Encode');
      return toBuffer(data, charset).toString('base64');
    },
    base64EncodeWebSafe(data: string | Byte[], charset?: Charset) {
      meter.call('Utilities', 'base64EncodeWebSafe');
      // Apps Script keeps the '=' padding in the web-safe alphabet, unlike Node's base64url.
      return toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
    },
    base64Decode(encoded: string) {
      meter.call('Utilities', 'base64Decode');
      return decodeBase64(encoded, false);
    },
    base64DecodeWebSafe(encoded: string) {
      meter.call('Utilities', 'base64DecodeWebSafe');
      return decodeBase64(encoded, true);
    },
    newBlob(data: string | Byte[], contentType?: string, name?: string) {
      meter.call('Utilities', 'newBlob');
      return meteredBlob(createBlob(toBuffer(data), contentType ?? null, name ?? null), meter);
    },
    getUuid() {
      meter.call('Utilities', 'getUuid');
      return randomUUID();
    },
    sleep(milliseconds: number) {
      meter.call('Utilities', 'sleep');
      const ms = Number(milliseconds);
      if (!(ms >= 0) || ms > MAX_SLEEP_MS) throw exception('Invalid argument: milliseconds');
      meter.advance(ms);
    },
    parseCsv(csv: string, delimiter?: string) {
      meter.call('Utilities', 'parseCsv');
      return parseCsv(csv, delimiter ?? ',');
    },
  };
}
