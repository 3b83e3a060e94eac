import { describe, expect, it } from 'vitest';
import { optionalValue } from '../../../src/core/formula/optional-value';
import { parseNumber } from '../../../src/core/formula/parse-number';

describe('optionalValue', () => {
  const threshold = optionalValue(parseNumber, 0.5);
  it('falls back when omitted in any of the ways Sheets omits an argument', () => {
    expect([undefined, null, '', [['']]].map((value) => threshold(value, 'threshold'))).toEqual([
      0.5, 0.5, 0.5, 0.5,
    ]);
  });
  it('reads a given value or a 1×1 range', () => {
    expect(threshold('0.7', 'threshold')).toBe(0.7);
    expect(threshold([[0.25]], 'threshold')).toBe(0.25);
  });
  it('refuses a range of several cells and a value the reader refuses', () => {
    expect(() => threshold([[1, 2]], 'threshold')).toThrow('threshold must be a single value');
    expect(() => threshold('high', 'threshold')).toThrow('threshold is not a number: "high"');
  });
});
