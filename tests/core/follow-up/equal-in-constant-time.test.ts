import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalInConstantTime } from '../../../src/core/follow-up/equal-in-constant-time';

describe('equalInConstantTime', () => {
  it('tells equal from different texts, including prefixes and empty text', () => {
    expect(equalInConstantTime('abc', 'abc')).toBe(true);
    expect(equalInConstantTime('abc', 'abd')).toBe(false);
    expect(equalInConstantTime('abc', 'ab')).toBe(false);
    expect(equalInConstantTime('', 'a')).toBe(false);
    expect(equalInConstantTime('', '')).toBe(true);
  });

  it('agrees with === on any pair of strings', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => equalInConstantTime(a, b) === (a === b)));
    fc.assert(fc.property(fc.string(), (a) => equalInConstantTime(a, a)));
  });
});
