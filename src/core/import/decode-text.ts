// Turns the bytes of an exported file into text: UTF-8, UTF-16 with a byte order mark, else Windows-1252.

/** The encodings an export is read in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A file's text and the encoding it was read in. */
export interface DecodedText {
  /** The text, without its byte order mark. */
  text: string;
  encoding: TextEncoding;
  /** How the encoding was chosen, for the import's report ("not valid UTF-8 (byte 1234)"). */
  reason: string;
}

/** Windows-1252's characters for bytes 0x80–0x9F; its other bytes are Latin-1, the same code point. */
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** Code units to a string in slices, as one call with millions of arguments would overflow the stack. */
function unitsToString(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let at = 0; at < length; at += 8192) {
    parts.push(String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + 8192)) as never));
  }
  return parts.join('');
}

/** The UTF-8 text of `bytes` from `start`, or the offset of the first byte that is not valid UTF-8. */
function utf8(bytes: Uint8Array, start: number): string | number {
  const n = bytes.length;
  const units = new Uint16Array(n);
  let length = 0;
  let i = start;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      units[length++] = b;
      i++;
      continue;
    }
    let need: number;
    let point: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, point, min] = [1, b & 0x1f, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, point, min] = [2, b & 0x0f, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, point, min] = [3, b & 0x07, 0x10000];
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      point = (point << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF are not UTF-8 (RFC 3629).
    if (point < min || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return i;
    if (point >= 0x10000) {
      point -= 0x10000;
      units[length++] = 0xd800 + (point >> 10);
      units[length++] = 0xdc00 + (point & 0x3ff);
    } else units[length++] = point;
    i += need + 1;
  }
  return unitsToString(units, length);
}

function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  const count = (bytes.length - 2) >> 1;
  const units = new Uint16Array(count + 1);
  for (let k = 0; k < count; k++) {
    const a = bytes[2 + 2 * k];
    const b = bytes[3 + 2 * k];
    units[k] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  // An odd last byte is half a character: shown as the replacement character, not dropped silently.
  const odd = (bytes.length - 2) % 2 === 1;
  if (odd) units[count] = 0xfffd;
  return unitsToString(units, count + (odd ? 1 : 0));
}

function windows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let k = 0; k < bytes.length; k++) {
    const b = bytes[k];
    units[k] = b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] : b;
  }
  return unitsToString(units, bytes.length);
}

/**
 * Decodes a file as exports write them: a UTF-16 byte order mark (FF FE little-endian, FE FF
 * big-endian, as Excel's "Unicode text" writes) reads UTF-16; otherwise the bytes are UTF-8 when
 * they are valid UTF-8 (with or without its BOM), and Windows-1252 when not. Windows-1252 is
 * Latin-1 plus the characters Windows puts at 0x80–0x9F (€, ‚, „, …, ’, “, ”, –, —, Š, Ž, Ÿ),
 * so Latin-1 files read the same way; a file that is not valid UTF-8 is almost always one of
 * them (Excel's "CSV" in Western Europe and the Americas), and the report says so.
 * @example decodeText(new Uint8Array([0x4a, 0xfc, 0x72, 0x67])).text // => 'Jürg'
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: utf16(bytes, true), encoding: 'utf-16le', reason: 'UTF-16 LE byte order mark' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: utf16(bytes, false), encoding: 'utf-16be', reason: 'UTF-16 BE byte order mark' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = utf8(bytes, bom ? 3 : 0);
  if (typeof text === 'string')
    return { text, encoding: 'utf-8', reason: bom ? 'UTF-8 byte order mark' : 'valid UTF-8' };
  return {
    text: windows1252(bom ? bytes.subarray(3) : bytes),
    encoding: 'windows-1252',
    reason: `not valid UTF-8 (byte ${text + 1} of ${bytes.length})`,
  };
}
