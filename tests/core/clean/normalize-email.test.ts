import { describe, expect, it } from 'vitest';
import { normalizeEmail } from '../../../src/core/clean/normalize-email';

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  CHLOE.M@EXAMPLE.COM ')).toBe('chloe.m@example.com');
    expect(normalizeEmail('mailto:Ben@Example.com')).toBe('ben@example.com');
  });

  it('drops Gmail dots and +tags only when asked, and only for Gmail', () => {
    expect(normalizeEmail('Ana.Silva+candles@googlemail.com')).toBe('ana.silva+candles@googlemail.com');
    expect(normalizeEmail('Ana.Silva+candles@googlemail.com', { gmailDots: true })).toBe(
      'anasilva@gmail.com',
    );
    expect(normalizeEmail('a.n.a.silva@gmail.com', { gmailDots: true })).toBe('anasilva@gmail.com');
    expect(normalizeEmail('ana.silva+x@example.com', { gmailDots: true })).toBe('ana.silva+x@example.com');
  });

  it('returns empty for what is not an address', () => {
    expect(normalizeEmail('not-an-email')).toBe('');
    expect(normalizeEmail('@hana')).toBe('');
    expect(normalizeEmail('a b@example.com')).toBe('');
    expect(normalizeEmail('#N/A')).toBe('');
    expect(normalizeEmail(42)).toBe('');
  });
});

describe('normalizeEmail of a mailbox', () => {
  it('takes the address out of "Name <address>" and "\\"Name, Jr.\\" <address>"', () => {
    expect(normalizeEmail('Ana Silva <Ana.Silva@Example.com>')).toBe('ana.silva@example.com');
    expect(normalizeEmail('"Name, Jr." <name@example.com>')).toBe('name@example.com');
    expect(normalizeEmail("'Ben <ben+shop@gmail.com>", { gmailDots: true })).toBe('ben@gmail.com');
    expect(normalizeEmail('<mailto:dana@example.com>')).toBe('dana@example.com');
    expect(normalizeEmail('Ana Silva <not an address>')).toBe('');
  });
});
