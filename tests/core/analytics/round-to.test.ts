import { describe, expect, it } from 'vitest';
import { roundTo } from '../../../src/core/analytics/round-to';

describe('roundTo', () => {
  it('rounds to the given decimals, halves up', () => {
    expect(roundTo(118 / 3, 2)).toBe(39.33);
    expect(roundTo(2 / 3, 4)).toBe(0.6667);
    expect(roundTo(100 / 3, 1)).toBe(33.3);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-2);
  });
});
