import { describe, expect, it } from 'vitest';
import { clvMonthLength } from '../../../src/core/btyd/clv-month-length';

describe('clvMonthLength', () => {
  it('uses lifetimes’ factors: 30 days, 4.345 weeks', () => {
    // Source: lifetimes utils._customer_lifetime_value, factor = {"W": 4.345, "M": 1.0, "D": 30, "H": 30 * 24}.
    expect(clvMonthLength('days')).toBe(30);
    expect(clvMonthLength('weeks')).toBe(4.345);
  });
});
