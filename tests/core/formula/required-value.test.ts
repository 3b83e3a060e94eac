import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/core/formula/parse-number';
import { requiredValue } from '../../../src/core/formula/required-value';

describe('requiredValue', () => {
  const rate = requiredValue(parseNumber);
  it('reads the one value of the argument', () => {
    expect(rate(0.1, 'discount_rate')).toBe(0.1);
    expect(rate([['10%']], 'discount_rate')).toBe(0.1);
  });
  it('names the argument when it is omitted or a range of several cells', () => {
    expect(() => rate('', 'discount_rate')).toThrow('discount_rate is required');
    expect(() => rate(undefined, 'discount_rate')).toThrow('discount_rate is required');
    expect(() => rate([[0.1], [0.2]], 'discount_rate')).toThrow('discount_rate must be a single value');
  });
});
