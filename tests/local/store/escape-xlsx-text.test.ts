import { describe, expect, it } from 'vitest';
import { escapeXlsxText } from '../../../src/local/store/escape-xlsx-text';

// Expected escapes computed by hand from ECMA-376 Part 1, 22.9.2.19: character U+HHHH -> _xHHHH_, and
// the underscore opening a literal _xHHHH_ -> _x005F_ (U+005F is '_').
describe('escapeXlsxText', () => {
  it('leaves ordinary text, tabs and line breaks alone', () => {
    expect(escapeXlsxText('Zoë\tAda\r\nline 😀 _x12_ x0041_')).toBe('Zoë\tAda\r\nline 😀 _x12_ x0041_');
  });

  it('escapes control characters XML cannot hold', () => {
    expect(escapeXlsxText('a\u0001b\u001fc\u0000')).toBe('a_x0001_b_x001F_c_x0000_');
  });

  it('protects literal escapes in either case', () => {
    expect(escapeXlsxText('_x0041_ and _x00e9_')).toBe('_x005F_x0041_ and _x005F_x00e9_');
  });
});
