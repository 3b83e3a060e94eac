import { describe, expect, it } from 'vitest';
import { a1Address, parseA1Address } from '../../../src/local/store/a1-address';

// Expected addresses computed by hand in bijective base 26: column 25 = Z, 26 = AA, 27 = AB,
// 701 = ZZ (26 * 26 + 26 - 1), 702 = AAA, 16383 = XFD (24 * 676 + 6 * 26 + 4 - 1, Excel's last column).
describe('a1Address', () => {
  it('names cells by bijective base-26 letters and 1-based rows', () => {
    expect(a1Address(0, 0)).toBe('A1');
    expect(a1Address(9, 25)).toBe('Z10');
    expect(a1Address(9, 26)).toBe('AA10');
    expect(a1Address(9, 27)).toBe('AB10');
    expect(a1Address(0, 701)).toBe('ZZ1');
    expect(a1Address(0, 702)).toBe('AAA1');
    expect(a1Address(1_048_575, 16_383)).toBe('XFD1048576');
  });

  it('throws RangeError for negative or fractional indexes', () => {
    expect(() => a1Address(-1, 0)).toThrow(RangeError);
    expect(() => a1Address(0, 1.5)).toThrow(RangeError);
  });
});

describe('parseA1Address', () => {
  it('inverts a1Address and ignores $ anchors and case', () => {
    expect(parseA1Address('AB10')).toEqual({ row: 9, column: 27 });
    expect(parseA1Address('$xfd$1048576')).toEqual({ row: 1_048_575, column: 16_383 });
    for (const [row, column] of [
      [0, 0],
      [41, 702],
      [999, 25],
    ]) {
      expect(parseA1Address(a1Address(row, column))).toEqual({ row, column });
    }
  });

  it('returns null for ranges, sheet-qualified or malformed text', () => {
    expect(parseA1Address('A1:B2')).toBeNull();
    expect(parseA1Address('Sheet1!A1')).toBeNull();
    expect(parseA1Address('A0')).toBeNull();
    expect(parseA1Address('12')).toBeNull();
  });
});
