// Tests for the customer satisfaction score (CSAT).

import { describe, expect, it } from 'vitest';
import { customerSatisfaction } from '../../../src/core/metrics/customer-satisfaction';

describe('customerSatisfaction', () => {
  it('800 of 1000 satisfied gives 0.8 (product.md section 3)', () => {
    // product.md; 500 fives, 300 fours, 200 threes or less; by hand: (500 + 300) / 1000 = 0.8
    const scores = Object.freeze([
      ...new Array<number>(500).fill(5),
      ...new Array<number>(300).fill(4),
      ...new Array<number>(150).fill(3),
      ...new Array<number>(50).fill(1),
    ]);
    expect(customerSatisfaction(scores)).toBe(0.8);
  });

  it('takes another threshold', () => {
    // by hand: scores ≥ 7 on a 0–10 scale are 7, 9, 10: 3 of 5 = 0.6
    expect(customerSatisfaction([7, 9, 10, 6, 2], 7)).toBe(0.6);
  });

  it('counts a score equal to the threshold as satisfied', () => {
    expect(customerSatisfaction([4])).toBe(1);
    expect(customerSatisfaction([3])).toBe(0);
  });

  it('rejects no scores and non-finite values', () => {
    expect(() => customerSatisfaction([])).toThrow('CSAT needs at least one score');
    expect(() => customerSatisfaction([5, Number.NaN])).toThrow('score 2 must be a finite number');
    expect(() => customerSatisfaction([5], Number.NaN)).toThrow('satisfied minimum must be a finite number');
  });
});
