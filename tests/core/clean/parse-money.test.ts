import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../src/core/clean/parse-money';

const read = (value: unknown, options?: Parameters<typeof parseMoney>[1]) => {
  const parsed = parseMoney(value, options);
  return parsed.ok ? parsed.value : parsed.reason;
};

describe('parseMoney', () => {
  it('reads amounts as exports and people write them', () => {
    expect(read('$1,234.50')).toBe(1234.5);
    expect(read('1.234,50 €', { decimal: ',' })).toBe(1234.5);
    expect(read('1 234,50', { decimal: ',' })).toBe(1234.5);
    expect(read('(12.00)')).toBe(-12);
    expect(read('-12.5')).toBe(-12.5);
    expect(read('€-5')).toBe(-5);
    expect(read('USD 12')).toBe(12);
    expect(read('12 EUR')).toBe(12);
    expect(read('38.5')).toBe(38.5);
    expect(read(46.9)).toBe(46.9);
    expect(read("'1,000.00")).toBe(1000);
  });

  it('reports text, error values, misplaced separators and huge numbers', () => {
    expect(read('twelve')).toBe('not an amount "twelve"');
    expect(read('#N/A')).toBe('error value #N/A');
    expect(read('1,23')).toBe('not an amount "1,23"');
    expect(read('1.234,50', { decimal: '.' })).toBe('not an amount "1.234,50"');
    expect(read('')).toBe('empty amount');
    expect(read(1e13)).toBe('huge number 10000000000000 (more than 1000000000000)');
    expect(read('5e15')).toBe('huge number 5000000000000000 (more than 1000000000000)');
    expect(read(Number.NaN)).toBe('not a finite amount');
    expect(read(true)).toBe('not an amount (boolean)');
    expect(read(new Date(0))).toBe('not an amount (a date)');
  });
});
