import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../src/core/clean/normalize-phone';

describe('normalizePhone', () => {
  it('writes numbers in E.164 (ITU-T E.164: + country code, national number)', () => {
    expect(normalizePhone('+351 910 000 001')).toBe('+351910000001');
    expect(normalizePhone('910 000 001', 'PT')).toBe('+351910000001');
    expect(normalizePhone("'+351910000001")).toBe('+351910000001');
    expect(normalizePhone('0151 23456789', 'DE')).toBe('+4915123456789');
    expect(normalizePhone('0049 151 23456789', 'de')).toBe('+4915123456789');
    expect(normalizePhone('+1 (212) 555-0198')).toBe('+12125550198');
    expect(normalizePhone('07911 123456', 'GB')).toBe('+447911123456');
  });

  it('returns empty for invalid numbers or a national number without a country', () => {
    expect(normalizePhone('+1-555-0100')).toBe('');
    expect(normalizePhone('910 000 001')).toBe('');
    expect(normalizePhone('n/a')).toBe('');
    expect(normalizePhone('')).toBe('');
  });
});
