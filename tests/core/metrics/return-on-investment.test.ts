// Tests for the return on investment.

import { describe, expect, it } from 'vitest';
import { returnOnInvestment } from '../../../src/core/metrics/return-on-investment';

describe('returnOnInvestment', () => {
  it('ROI(200000, 100000) = 1 (product.md section 3)', () => {
    // product.md; by hand: (200000 − 100000) / 100000 = 1
    expect(returnOnInvestment(200000, 100000)).toBe(1);
  });

  it('is 0 at break-even and −1 when nothing came back', () => {
    expect(returnOnInvestment(500, 500)).toBe(0);
    expect(returnOnInvestment(0, 500)).toBe(-1);
  });

  it('rejects a cost of 0 or less', () => {
    expect(() => returnOnInvestment(100, 0)).toThrow('cost must be greater than 0');
    expect(() => returnOnInvestment(100, -5)).toThrow('cost must be greater than 0');
    expect(() => returnOnInvestment(Number.NaN, 5)).toThrow('revenue must be a finite number');
  });
});
