import { describe, expect, it } from 'vitest';
import { wholeNumber } from '../../../src/core/formula/whole-number';

describe('wholeNumber', () => {
  it('reads whole numbers from the least value up', () => {
    expect(wholeNumber(0)(0, 'frequency')).toBe(0);
    expect(wholeNumber(1)('12', 'months')).toBe(12);
  });
  it('names the argument and the least value otherwise', () => {
    expect(() => wholeNumber(1)(0, 'months')).toThrow('months must be a whole number, 1 or more');
    expect(() => wholeNumber(0)(1.5, 'frequency')).toThrow('frequency must be a whole number, 0 or more');
    expect(() => wholeNumber(0)(-1, 'frequency')).toThrow('frequency must be a whole number, 0 or more');
    expect(() => wholeNumber(1)('many', 'n')).toThrow('n is not a number: "many"');
  });
});
