import { describe, expect, it } from 'vitest';
import { discountedMonthlyIncrements } from '../../../src/core/btyd/discounted-monthly-increments';

describe('discountedMonthlyIncrements', () => {
  it('discounts each month’s increment by (1 + d)^i', () => {
    // Computed by hand: E(t) = t², months of 1: increments 1, 3, 5 → 1/1.1 + 3/1.21 + 5/1.331.
    expect(discountedMonthlyIncrements((t) => t * t, 3, 0.1, 1)).toBeCloseTo(
      1 / 1.1 + 3 / 1.21 + 5 / 1.331,
      12,
    );
    expect(discountedMonthlyIncrements((t) => t, 2, 0, 4.345)).toBeCloseTo(8.69, 12);
    expect(discountedMonthlyIncrements((t) => t, 0, 0.01, 30)).toBe(0);
  });
});
