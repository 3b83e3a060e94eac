import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from '../../../src/core/clean/neutralize-formula';

describe('neutralizeFormula', () => {
  it('prefixes an apostrophe to text starting with = + - @ (OWASP CSV injection)', () => {
    expect(neutralizeFormula('=HYPERLINK("http://evil.example","click")')).toBe(
      `'=HYPERLINK("http://evil.example","click")`,
    );
    expect(neutralizeFormula('+1-555-0100')).toBe("'+1-555-0100");
    expect(neutralizeFormula('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(neutralizeFormula('-2+3')).toBe("'-2+3");
    expect(neutralizeFormula(' =1+1')).toBe("' =1+1");
  });

  it('keeps genuine signed numbers as numbers in a numeric column, and other values unchanged', () => {
    expect(neutralizeFormula('-12.5', { numeric: true })).toBe(-12.5);
    expect(neutralizeFormula('+3', { numeric: true })).toBe(3);
    expect(neutralizeFormula('-2+3', { numeric: true })).toBe("'-2+3");
    expect(neutralizeFormula('-12.5')).toBe("'-12.5");
    expect(neutralizeFormula('Soy candle')).toBe('Soy candle');
    expect(neutralizeFormula(42)).toBe(42);
    expect(neutralizeFormula("'=already")).toBe("'=already");
  });
});
