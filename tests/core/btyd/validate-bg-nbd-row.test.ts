import { describe, expect, it } from 'vitest';
import { validateBgNbdRow } from '../../../src/core/btyd/validate-bg-nbd-row';

describe('validateBgNbdRow', () => {
  it('accepts valid rows, including repeat purchases at recency 0', () => {
    expect(validateBgNbdRow(2, 30.43, 38.86)).toBeNull();
    expect(validateBgNbdRow(0, 0, 0)).toBeNull();
    expect(validateBgNbdRow(3, 0, 10)).toBeNull();
    expect(validateBgNbdRow(3, 10, 10)).toBeNull();
  });

  it('gives the reason for each kind of invalid row', () => {
    expect(validateBgNbdRow(2, 40, 38.86)).toBe('recency is greater than T');
    expect(validateBgNbdRow(-1, 0, 5)).toBe('frequency is negative');
    expect(validateBgNbdRow(1.5, 1, 5)).toBe('frequency is not a whole number');
    expect(validateBgNbdRow(1, -1, 5)).toBe('recency is negative');
    expect(validateBgNbdRow(0, 0, -5)).toBe('T is negative');
    expect(validateBgNbdRow(0, 2, 5)).toBe('recency must be 0 when frequency is 0');
    expect(validateBgNbdRow(Number.NaN, 0, 5)).toBe('frequency is not a finite number');
    expect(validateBgNbdRow(1, Number.POSITIVE_INFINITY, 5)).toBe('recency is not a finite number');
    expect(validateBgNbdRow(1, 1, Number.NaN)).toBe('T is not a finite number');
  });
});
