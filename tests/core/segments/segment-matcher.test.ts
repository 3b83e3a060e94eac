import { describe, expect, it } from 'vitest';
import { segmentMatcher } from '../../../src/core/segments/segment-matcher';

const OPTIONS = { timeZone: 'Europe/Lisbon', now: new Date('2024-06-15T12:00:00Z') };

describe('segmentMatcher', () => {
  it('compiles a good rule into a test of records and keeps its parsed form', () => {
    const audience = segmentMatcher('Tags CONTAINS vip AND Revenue >= 100', ['Tags', 'Revenue'], OPTIONS);
    if (!('matches' in audience)) throw new Error(audience.error);
    expect(audience.rule.kind).toBe('and');
    expect(audience.matches({ Tags: 'new, VIP', Revenue: 100 })).toBe(true);
    expect(audience.matches({ Tags: 'new, VIP', Revenue: 99.99 })).toBe(false);
    expect(audience.matches({ Tags: 'new', Revenue: 500 })).toBe(false);
  });

  it('returns the parse error of a bad rule instead of throwing', () => {
    expect(segmentMatcher('Tags CONTAINS', ['Tags'], OPTIONS)).toEqual({
      error: 'at 14: expected a value after CONTAINS, found the end of the rule',
      at: 13,
    });
  });
});
