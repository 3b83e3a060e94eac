import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/core/formula/parse-text';

describe('parseText', () => {
  it('trims text and writes numbers in their shortest form', () => {
    expect(parseText(' A-1 ', 'id')).toBe('A-1');
    expect(parseText('0001', 'id')).toBe('0001');
    expect(parseText(1001, 'id')).toBe('1001');
    expect(parseText(true, 'id')).toBe('TRUE');
  });
  it('rejects blanks and dates', () => {
    expect(() => parseText('', 'customer_id')).toThrow('customer_id is missing');
    expect(() => parseText(new Date(0), 'customer_id')).toThrow('customer_id is a date, not text');
  });
});
