// Tests for the customer churn rate.

import { describe, expect, it } from 'vitest';
import { churnRate } from '../../../src/core/metrics/churn-rate';

describe('churnRate', () => {
  it('is lost over customers at the start', () => {
    // by hand: 150 / 850 = 0.176470…
    expect(churnRate(150, 850)).toBeCloseTo(0.176471, 6);
    expect(churnRate(0, 10)).toBe(0);
    expect(churnRate(10, 10)).toBe(1);
  });

  it('rejects impossible counts', () => {
    expect(() => churnRate(1, 0)).toThrow('customers at the start must be greater than 0');
    expect(() => churnRate(11, 10)).toThrow('lost customers (11) cannot exceed customers at the start (10)');
    expect(() => churnRate(-1, 10)).toThrow('lost customers must not be negative');
    expect(() => churnRate(1, Number.POSITIVE_INFINITY)).toThrow(
      'customers at the start must be a finite number',
    );
  });
});
