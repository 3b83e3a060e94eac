// Tests for the repeat purchase rate.

import { describe, expect, it } from 'vitest';
import { repeatRate } from '../../../src/core/metrics/repeat-rate';

describe('repeatRate', () => {
  it('is the share of customers with 2 or more orders', () => {
    // by hand: 2, 5 and 3 orders repeat; 0, 1, 1 do not: 3 / 6 = 0.5
    const counts = Object.freeze([0, 1, 2, 5, 1, 3]);
    expect(repeatRate(counts)).toBe(0.5);
    expect(counts).toEqual([0, 1, 2, 5, 1, 3]);
  });

  it('is 0 when nobody came back', () => {
    expect(repeatRate([1, 1, 0])).toBe(0);
  });

  it('rejects no customers and counts that are not whole numbers ≥ 0', () => {
    expect(() => repeatRate([])).toThrow('repeat rate needs at least one customer');
    expect(() => repeatRate([1, 1.5])).toThrow('order count 2 must be a whole number of orders');
    expect(() => repeatRate([-1])).toThrow('order count 1 must be a whole number of orders');
  });
});
