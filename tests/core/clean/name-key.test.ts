import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/core/clean/name-key';

describe('nameKey', () => {
  it('ignores accents, case, punctuation and word order', () => {
    expect(nameKey('Silva, Ána')).toBe('ana silva');
    expect(nameKey('  ANA   SILVA ')).toBe('ana silva');
    expect(nameKey('Lumen Candles, Lda.')).toBe('candles lda lumen');
    expect(nameKey(undefined)).toBe('');
  });
});
