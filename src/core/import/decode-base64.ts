// Reads base64 text back into bytes: how the sidebar sends a file's bytes through google.script.run, which carries JSON only.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Character code → its 6-bit value, −1 outside the alphabet. */
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

/**
 * The bytes of base64 text (RFC 4648 section 4, padding optional, whitespace ignored).
 * @throws {Error} on a character outside the alphabet, or a length no encoder writes.
 * @example decodeBase64('SsO8cmc=') // => Uint8Array [0x4a, 0xc3, 0xbc, 0x72, 0x67]
 */
export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/[\s=]+/g, '');
  if (clean.length % 4 === 1) throw new Error('The file data is not valid base64 (cut short).');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let length = 0;
  let buffer = 0;
  let bits = 0;
  for (let k = 0; k < clean.length; k++) {
    const code = clean.charCodeAt(k);
    const value = code < 128 ? VALUES[code] : -1;
    if (value < 0) throw new Error(`The file data is not valid base64 (character ${k + 1}).`);
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[length++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, length);
}
