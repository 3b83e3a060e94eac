import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/core/formula/parse-number';

describe('parseNumber', () => {
  it('keeps finite numbers', () => {
    expect(parseNumber(12.5, 'x')).toBe(12.5);
    expect(parseNumber(-3, 'x')).toBe(-3);
    expect(parseNumber(0, 'x')).toBe(0);
  });
  it('reads text that is wholly a number', () => {
    expect(parseNumber(' 12 ', 'x')).toBe(12);
    expect(parseNumber('-0.5', 'x')).toBe(-0.5);
    expect(parseNumber('.25', 'x')).toBe(0.25);
    expect(parseNumber('1e3', 'x')).toBe(1000);
    // 10% is 10 / 100, as Sheets itself reads a percentage.
    expect(parseNumber('10%', 'x')).toBeCloseTo(0.1, 15);
  });
  it('rejects text with anything else in it, naming the argument', () => {
    expect(() => parseNumber('12abc', 'recency')).toThrow('recency is not a number: "12abc"');
    expect(() => parseNumber('1,200', 'amount')).toThrow('amount is not a number');
    expect(() => parseNumber('$5', 'amount')).toThrow('amount is not a number');
    expect(() => parseNumber('#N/A', 'amount')).toThrow('amount is not a number: "#N/A"');
  });
  it('rejects blanks, dates, booleans and non-finite numbers', () => {
    expect(() => parseNumber('', 'T')).toThrow('T is missing');
    expect(() => parseNumber(null, 'T')).toThrow('T is missing');
    expect(() => parseNumber(new Date(0), 'T')).toThrow('T is a date, not a number');
    expect(() => parseNumber(true, 'T')).toThrow('T is TRUE, not a number');
    expect(() => parseNumber(Number.NaN, 'T')).toThrow('T is not a finite number');
    expect(() => parseNumber(Number.POSITIVE_INFINITY, 'T')).toThrow('T is not a finite number');
  });
});
