// Tests for the customer retention rate.

import { describe, expect, it } from 'vitest';
import { retentionRate } from '../../../src/core/metrics/retention-rate';

describe('retentionRate', () => {
  it('S = 850, E = 1000, N = 200 gives 0.941 (product.md section 3)', () => {
    // product.md; by hand: (1000 − 200) / 850 = 800 / 850 = 0.941176…
    expect(retentionRate(1000, 200, 850)).toBeCloseTo(0.9412, 4);
  });

  it('is 1 when everyone stayed and 0 when everyone at the end is new', () => {
    expect(retentionRate(100, 0, 100)).toBe(1);
    expect(retentionRate(40, 40, 100)).toBe(0);
  });

  it('rejects impossible counts', () => {
    expect(() => retentionRate(100, 10, 0)).toThrow('customers at the start must be greater than 0');
    expect(() => retentionRate(100, 120, 100)).toThrow(
      'new customers (120) cannot exceed customers at the end (100)',
    );
    expect(() => retentionRate(300, 10, 100)).toThrow(
      'customers kept (300 at the end − 10 new = 290) cannot exceed',
    );
    expect(() => retentionRate(-1, 0, 10)).toThrow('customers at the end must not be negative');
    expect(() => retentionRate(10, Number.NaN, 10)).toThrow('new customers must be a finite number');
  });
});
