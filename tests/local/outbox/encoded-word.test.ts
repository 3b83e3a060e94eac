import { describe, expect, it } from 'vitest';
import { encodedHeaderText } from '../../../src/local/outbox/encoded-word';
import { decodeEncodedWords } from './parse-eml';

describe('encodedHeaderText', () => {
  it('keeps printable ASCII as it is', () => {
    expect(encodedHeaderText('Hi Ana, thanks for your order')).toBe('Hi Ana, thanks for your order');
  });

  it('encodes other text as UTF-8 B words (base64 of 4F 6C C3 A1 is T2zDoQ==)', () => {
    expect(encodedHeaderText('Olá')).toBe('=?UTF-8?B?T2zDoQ==?=');
  });

  it('encodes ASCII that a reader would take for an encoded word, and puts line breaks on one line', () => {
    expect(encodedHeaderText('a =?x?= b')).toBe(`=?UTF-8?B?${Buffer.from('a =?x?= b').toString('base64')}?=`);
    expect(encodedHeaderText('one\r\ntwo')).toBe('one two');
  });

  it('folds long text into words of at most 75 characters, cut between characters', () => {
    const subject = 'Obrigada pela sua encomenda, Ana! ☕ Volte sempre à nossa loja de velas e presentes 🎁';
    const encoded = encodedHeaderText(subject);
    const words = encoded.split('\r\n ');
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) {
      expect(word.length).toBeLessThanOrEqual(75);
      // Each word decodes on its own: no character is split between two.
      expect(Buffer.from(word.slice(10, -2), 'base64').toString('utf8')).not.toContain('\uFFFD');
    }
    expect(decodeEncodedWords(encoded.replace(/\r\n/g, ''))).toBe(subject);
  });
});
