import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/core/clean/escape-reg-exp';

describe('escapeRegExp', () => {
  it('escapes every regular-expression metacharacter so the text matches only itself', () => {
    expect(escapeRegExp('a.b+c@x.org')).toBe('a\\.b\\+c@x\\.org');
    expect(escapeRegExp('(C000123)*?[^$]{1}|\\')).toBe('\\(C000123\\)\\*\\?\\[\\^\\$\\]\\{1\\}\\|\\\\');
    const pattern = new RegExp(escapeRegExp('ann.lee+shop@x.org'));
    expect(pattern.test('mail ann.lee+shop@x.org today')).toBe(true);
    expect(pattern.test('annXlee+shop@x.org')).toBe(false);
  });
});
