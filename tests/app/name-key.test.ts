import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/app/name-key';

describe('nameKey', () => {
  it('ignores accents, case, punctuation and word order', () => {
    expect(nameKey('  SILVA, Ána ')).toBe('ana silva');
    expect(nameKey('ana  silva')).toBe('ana silva');
    expect(nameKey("'Chloé Martin")).toBe('chloe martin');
  });

  it('gives nothing for a value without letters or digits', () => {
    expect(nameKey('  -- ')).toBe('');
    expect(nameKey(undefined)).toBe('');
  });
});
