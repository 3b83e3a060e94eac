import { describe, expect, it } from 'vitest';
import { cellText } from '../../../src/core/analytics/cell-text';

describe('cellText', () => {
  it('trims text and writes numbers and booleans as text; an empty or missing cell is empty', () => {
    expect(cellText('  C1 ')).toBe('C1');
    expect(cellText(42)).toBe('42');
    expect(cellText(false)).toBe('false');
    expect(cellText('')).toBe('');
    expect(cellText(undefined)).toBe('');
  });
});
