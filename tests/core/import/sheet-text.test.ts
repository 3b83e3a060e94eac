import { describe, expect, it } from 'vitest';
import { sheetText } from '../../../src/core/import/sheet-text';

describe('sheetText', () => {
  it('trims text and keeps it from starting a formula', () => {
    expect(sheetText('  Fig Candle ')).toBe('Fig Candle');
    expect(sheetText(' =HYPERLINK("x") ')).toBe('\'=HYPERLINK("x")');
    expect(sheetText('-1001')).toBe("'-1001");
    expect(sheetText('@home')).toBe("'@home");
  });

  it('reads missing values as empty text and numbers as their digits', () => {
    expect(sheetText(undefined)).toBe('');
    expect(sheetText(null)).toBe('');
    expect(sheetText(42)).toBe('42');
  });
});
