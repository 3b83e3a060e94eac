// Tests for the Net Promoter Score.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netPromoterScore } from '../../../src/core/metrics/net-promoter-score';

/** count copies of each score, e.g. answers([10, 30], [8, 50]). */
function answers(...groups: [score: number, count: number][]): readonly number[] {
  return Object.freeze(groups.flatMap(([score, count]) => new Array<number>(count).fill(score)));
}

describe('netPromoterScore: worked values of product.md section 3', () => {
  it('30 promoters, 50 passives, 20 detractors give 10', () => {
    // product.md; by hand: 100 · (30 − 20) / 100 = 10
    expect(netPromoterScore(answers([10, 15], [9, 15], [8, 25], [7, 25], [6, 10], [0, 10]))).toBe(10);
  });

  it('20 % promoters and 50 % detractors give −30', () => {
    // product.md; 10 answers: 2 promoters, 3 passives, 5 detractors; by hand: 100 · (2 − 5) / 10 = −30
    expect(netPromoterScore(answers([9, 2], [7, 3], [3, 5]))).toBe(-30);
  });
});

describe('netPromoterScore: edge cases', () => {
  it('is 100 for all promoters, −100 for all detractors, 0 for all passives', () => {
    expect(netPromoterScore([9, 10, 10])).toBe(100);
    expect(netPromoterScore([0, 6, 3])).toBe(-100);
    expect(netPromoterScore([7, 8])).toBe(0);
  });

  it('puts 6 with the detractors and 9 with the promoters', () => {
    // by hand: 1 promoter (9), 1 detractor (6), 2 answers: 100 · 0 / 2 = 0; then 100 · 1 / 1
    expect(netPromoterScore([6, 9])).toBe(0);
    expect(netPromoterScore([9])).toBe(100);
  });

  it('subtracts the shares before any rounding', () => {
    // by hand: 3 promoters, 2 passives, 2 detractors of 7: 100 · (3 − 2) / 7 = 14.2857…; rounding
    // the percentages first (43 − 29 = 14) would be off, and rounding is left to the cell's format.
    expect(netPromoterScore([10, 9, 9, 8, 7, 6, 0])).toBeCloseTo(100 / 7, 12);
    // 2 promoters and 1 detractor of 3 is 33.33…, not 33.
    expect(netPromoterScore([9, 10, 2])).toBeCloseTo(100 / 3, 12);
  });

  it('does not change its input', () => {
    const scores = Object.freeze([10, 0, 7]);
    netPromoterScore(scores);
    expect(scores).toEqual([10, 0, 7]);
  });

  it('rejects no scores, scores outside 0…10 and fractional scores', () => {
    expect(() => netPromoterScore([])).toThrow('NPS needs at least one score');
    expect(() => netPromoterScore([10, 11])).toThrow('score 2 must be a whole number from 0 to 10');
    expect(() => netPromoterScore([-1])).toThrow('score 1 must be a whole number from 0 to 10');
    expect(() => netPromoterScore([8.5])).toThrow('score 1 must be a whole number from 0 to 10');
    expect(() => netPromoterScore([Number.NaN])).toThrow('score 1 must be a finite number');
  });
});

describe('netPromoterScore: properties', () => {
  it('always lies in [−100, 100] for any list of whole scores 0…10', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 300 }), (scores) => {
        const nps = netPromoterScore(scores);
        expect(nps).toBeGreaterThanOrEqual(-100);
        expect(nps).toBeLessThanOrEqual(100);
      }),
    );
  });
});
