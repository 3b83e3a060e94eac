// Tests for each value's share of the total.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareOfTotal } from '../../../src/core/metrics/share-of-total';

describe('shareOfTotal', () => {
  it('divides each value by the sum', () => {
    // by hand: sum 1 + 3 + 4 = 8: 1/8, 3/8, 4/8
    const values = Object.freeze([1, 3, 4]);
    expect(shareOfTotal(values)).toEqual([0.125, 0.375, 0.5]);
    expect(values).toEqual([1, 3, 4]);
  });

  it('keeps zeros as a share of 0', () => {
    expect(shareOfTotal([0, 2])).toEqual([0, 1]);
  });

  it('rejects an empty list, negative values and a zero sum', () => {
    expect(() => shareOfTotal([])).toThrow('share of total needs at least one value');
    expect(() => shareOfTotal([1, -1])).toThrow('value 2 must not be negative');
    expect(() => shareOfTotal([0, 0])).toThrow('the values sum to 0');
    expect(() => shareOfTotal([1, Number.NaN])).toThrow('value 2 must be a finite number');
  });

  it('gives shares that sum to 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 100 }),
        fc.double({ min: 0.001, max: 1e9, noNaN: true }),
        (values, positive) => {
          const shares = shareOfTotal([...values, positive]);
          const sum = shares.reduce((a, b) => a + b, 0);
          expect(sum).toBeCloseTo(1, 10);
          for (const share of shares) {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });
});
