import { describe, expect, it } from 'vitest';
import { columnLetters, columnNumber, formatA1, parseA1 } from '../../../src/local/emulator/a1-notation';

describe('column letters', () => {
  it('converts both ways (computed by hand: AA = 26 + 1 = 27, ZZ = 26 * 26 + 26 = 702, AAA = 703)', () => {
    const pairs: Array<[string, number]> = [
      ['A', 1],
      ['Z', 26],
      ['AA', 27],
      ['AZ', 52],
      ['ZZ', 702],
      ['AAA', 703],
    ];
    for (const [letters, n] of pairs) {
      expect(columnNumber(letters)).toBe(n);
      expect(columnLetters(n)).toBe(letters);
    }
    expect(columnNumber('ab')).toBe(28);
    expect(() => columnNumber('A1')).toThrow(RangeError);
    expect(() => columnLetters(0)).toThrow(RangeError);
  });
});

describe('parseA1', () => {
  it('parses cells, rectangles, open columns and rows, and sheet names', () => {
    expect(parseA1('B3')).toEqual({ sheetName: null, startRow: 3, startColumn: 2, endRow: 3, endColumn: 2 });
    expect(parseA1('C10:A1')).toEqual({
      sheetName: null,
      startRow: 1,
      startColumn: 1,
      endRow: 10,
      endColumn: 3,
    });
    expect(parseA1('A:C')).toEqual({
      sheetName: null,
      startRow: null,
      startColumn: 1,
      endRow: null,
      endColumn: 3,
    });
    expect(parseA1('2:5')).toEqual({
      sheetName: null,
      startRow: 2,
      startColumn: null,
      endRow: 5,
      endColumn: null,
    });
    expect(parseA1('A2:C')).toEqual({
      sheetName: null,
      startRow: 2,
      startColumn: 1,
      endRow: null,
      endColumn: 3,
    });
    expect(parseA1("'Follow-ups'!$A$1")).toEqual({
      sheetName: 'Follow-ups',
      startRow: 1,
      startColumn: 1,
      endRow: 1,
      endColumn: 1,
    });
  });

  it('returns null for what is not a reference', () => {
    for (const text of ['', 'A', '1', 'A0', 'A1:B2:C3', '1A', 'hello world', 'A:1'])
      expect(parseA1(text)).toBeNull();
  });
});

describe('formatA1', () => {
  it('writes a cell or a rectangle', () => {
    expect(formatA1(1, 1, 1, 1)).toBe('A1');
    expect(formatA1(2, 27, 3, 2)).toBe('AA2:AB4');
  });
});
