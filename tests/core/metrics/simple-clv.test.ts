// Tests for the discounted-revenue customer lifetime value.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constantSurvival } from '../../../src/core/metrics/constant-survival';
import { simpleClv } from '../../../src/core/metrics/simple-clv';

const freeze = <T>(values: T[]): readonly T[] => Object.freeze(values);

describe('simpleClv: worked values of product.md section 3', () => {
  it('CLV(1000 for 3 periods, 0.1) = 2486.85', () => {
    // product.md; by hand: 1000/1.1 + 1000/1.21 + 1000/1.331 = 909.0909 + 826.4463 + 751.3148 = 2486.852
    expect(simpleClv(freeze([1000, 1000, 1000]), 0.1)).toBeCloseTo(2486.85, 2);
  });

  it('CLV(1000 for 5 periods, 0.1) = 3790.79', () => {
    // product.md; by hand: 2486.852 + 1000/1.4641 + 1000/1.61051 = 2486.852 + 683.0135 + 620.9213 = 3790.787
    expect(simpleClv(freeze([1000, 1000, 1000, 1000, 1000]), 0.1)).toBeCloseTo(3790.79, 2);
  });

  it('CLV({1000, 1200, 1500, 1800, 2000}, 0.1) = 5499.06', () => {
    // product.md; by hand: 1000/1.1 + 1200/1.21 + 1500/1.331 + 1800/1.4641 + 2000/1.61051
    //   = 909.090909 + 991.735537 + 1126.972201 + 1229.424220 + 1241.842646 = 5499.065513
    // product.md truncates this to 5499.06 (rounding would give 5499.07), so check that the value
    // is within a cent of 5499.06 and matches the hand sum to 4 decimals.
    const clv = simpleClv(freeze([1000, 1200, 1500, 1800, 2000]), 0.1);
    expect(Math.abs(clv - 5499.06)).toBeLessThan(0.01);
    expect(clv).toBeCloseTo(5499.065513, 5);
  });

  it('CLV({1000, 1500}, 0.1, survival {0.9, 0.9}) = 1933.88', () => {
    // product.md; by hand: 1000·0.9/1.1 + 1500·0.9/1.21 = 818.1818 + 1115.7025 = 1933.884
    expect(simpleClv(freeze([1000, 1500]), 0.1, freeze([0.9, 0.9]))).toBeCloseTo(1933.88, 2);
  });

  it('CLV(100 for 3 periods, 0.1, retention 0.8) = 164.09', () => {
    // product.md; survival 0.8, 0.64, 0.512; by hand: 80/1.1 + 64/1.21 + 51.2/1.331
    //   = 72.7273 + 52.8926 + 38.4673 = 164.0872
    const survival = constantSurvival(0.8, 3);
    expect(simpleClv(freeze([100, 100, 100]), 0.1, freeze(survival))).toBeCloseTo(164.09, 2);
  });
});

describe('simpleClv: edge cases', () => {
  it('a discount rate of 0 gives the plain sum', () => {
    // by hand: 10 + 20 + 30 = 60
    expect(simpleClv([10, 20, 30], 0)).toBe(60);
  });

  it('a negative discount rate above −1 weights later periods more', () => {
    // by hand: 100 / 0.5 = 200
    expect(simpleClv([100], -0.5)).toBeCloseTo(200, 10);
  });

  it('survival 0 removes the revenue of a period', () => {
    // by hand: 110/1.1 + 0 = 100
    expect(simpleClv([110, 500], 0.1, [1, 0])).toBeCloseTo(100, 10);
  });

  it('does not change its inputs', () => {
    const revenue = freeze([1, 2, 3]);
    const survival = freeze([1, 0.5, 0.25]);
    simpleClv(revenue, 0.1, survival);
    expect(revenue).toEqual([1, 2, 3]);
    expect(survival).toEqual([1, 0.5, 0.25]);
  });
});

describe('simpleClv: invalid input', () => {
  it('rejects a discount rate of −1 or less', () => {
    expect(() => simpleClv([100], -1)).toThrow('discount rate must be greater than -1');
    expect(() => simpleClv([100], -2)).toThrow('discount rate must be greater than -1');
  });

  it('rejects a discount rate that is not a finite number', () => {
    expect(() => simpleClv([100], Number.NaN)).toThrow('discount rate must be a finite number');
    expect(() => simpleClv([100], Number.POSITIVE_INFINITY)).toThrow('discount rate must be a finite number');
    expect(() => simpleClv([100], '0.1' as unknown as number)).toThrow(
      'discount rate must be a finite number',
    );
  });

  it('rejects an empty revenue list', () => {
    expect(() => simpleClv([], 0.1)).toThrow('revenue must have at least one period');
  });

  it('names the period with a bad revenue', () => {
    expect(() => simpleClv([1, Number.NaN], 0.1)).toThrow('revenue in period 2 must be a finite number');
  });

  it('rejects survival of another length or outside [0, 1]', () => {
    expect(() => simpleClv([1, 2], 0.1, [1])).toThrow('survival has 1 periods but revenue has 2');
    expect(() => simpleClv([1, 2], 0.1, [1, 1.2])).toThrow('survival in period 2 must be between 0 and 1');
    expect(() => simpleClv([1, 2], 0.1, [-0.1, 1])).toThrow('survival in period 1 must be between 0 and 1');
  });

  it('reports an overflow instead of returning Infinity', () => {
    const revenue = new Array<number>(1000).fill(1e300);
    expect(() => simpleClv(revenue, -0.9)).toThrow('CLV is too large to represent');
  });
});

describe('simpleClv: properties', () => {
  const revenueList = fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 });
  const rate = fc.double({ min: -0.5, max: 2, noNaN: true });

  it('rises when the revenue of any period rises', () => {
    fc.assert(
      fc.property(
        revenueList,
        rate,
        fc.nat(),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        (revenue, d, at, extra) => {
          const more = [...revenue];
          more[at % more.length] += extra;
          expect(simpleClv(more, d)).toBeGreaterThan(simpleClv(revenue, d));
        },
      ),
    );
  });

  it('falls as the discount rate rises (for positive revenue)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }),
        rate,
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (revenue, d, step) => {
          expect(simpleClv(revenue, d + step)).toBeLessThan(simpleClv(revenue, d));
        },
      ),
    );
  });
});
