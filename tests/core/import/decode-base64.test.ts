import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../../src/core/import/decode-base64';

describe('decodeBase64', () => {
  it('gives back the bytes Node encoded, with and without padding', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 255, 1000]) {
      const data = Buffer.from(Array.from({ length }, (_, k) => (k * 37 + 11) % 256));
      const text = data.toString('base64');
      expect([...decodeBase64(text)]).toEqual([...data]);
      expect([...decodeBase64(text.replace(/=+$/, ''))]).toEqual([...data]);
    }
    expect([...decodeBase64('SsO8\r\ncmc=')]).toEqual([0x4a, 0xc3, 0xbc, 0x72, 0x67]);
  });

  it('refuses what is not base64', () => {
    expect(() => decodeBase64('SsO8*mc=')).toThrow('The file data is not valid base64 (character 5).');
    expect(() => decodeBase64('SsO8c')).toThrow('The file data is not valid base64 (cut short).');
  });
});
