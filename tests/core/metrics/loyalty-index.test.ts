// Tests for the loyalty index.

import { describe, expect, it } from 'vitest';
import { loyaltyIndex } from '../../../src/core/metrics/loyalty-index';

describe('loyaltyIndex', () => {
  it('is the mean of repeat rate and retention rate', () => {
    // by hand: (0.4 + 0.9) / 2 = 0.65
    expect(loyaltyIndex(0.4, 0.9)).toBeCloseTo(0.65, 12);
    expect(loyaltyIndex(0, 1)).toBe(0.5);
  });

  it('rejects rates outside [0, 1]', () => {
    expect(() => loyaltyIndex(1.2, 0.5)).toThrow('repeat rate must be a share between 0 and 1');
    expect(() => loyaltyIndex(0.5, -0.1)).toThrow('retention rate must be a share between 0 and 1');
    expect(() => loyaltyIndex(Number.NaN, 0.5)).toThrow('repeat rate must be a finite number');
  });
});
