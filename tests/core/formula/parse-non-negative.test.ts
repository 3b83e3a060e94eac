import { describe, expect, it } from 'vitest';
import { parseNonNegative } from '../../../src/core/formula/parse-non-negative';

describe('parseNonNegative', () => {
  it('reads 0 and positive numbers', () => {
    expect(parseNonNegative(0, 'recency_days')).toBe(0);
    expect(parseNonNegative(' 12.5 ', 'recency_days')).toBe(12.5);
  });
  it('names the argument for a negative number or a non-number', () => {
    expect(() => parseNonNegative(-1, 'penalizer')).toThrow('penalizer must not be negative');
    expect(() => parseNonNegative('', 'penalizer')).toThrow('penalizer is missing');
  });
});
