import { describe, expect, it } from 'vitest';
import { mbgNbdExpectedPurchasesInPeriod } from '../../../src/core/btyd/mbg-nbd-expected-purchases-in-period';
import { simulateMbgNbd } from './mbg-nbd-simulation';

describe('mbgNbdExpectedPurchasesInPeriod', () => {
  it('gives b/(a−1) · (1 − ½ ₂F₁(1, 2; 3; ½)) for r = α = b = 1, a = 2, t = 1', () => {
    // Computed by hand: ₂F₁(1, 2; 3; z) = 2 (−ln(1−z) − z)/z², so at ½ it is 8 (ln 2 − ½) = 1.5451774.
    const hyp = 8 * (Math.log(2) - 0.5);
    expect(mbgNbdExpectedPurchasesInPeriod({ r: 1, alpha: 1, a: 2, b: 1 }, 1)).toBeCloseTo(1 - 0.5 * hyp, 12);
  });

  it('matches the mean number of repeat purchases of 200,000 simulated customers', () => {
    // Source: simulateMbgNbd with seed 5 (the model's definition); the standard error of the mean
    // is about 0.006 here, the tolerance is 0.02.
    const params = { r: 0.8, alpha: 5, a: 1.5, b: 2.5 };
    const { frequency } = simulateMbgNbd(params, 200_000, () => 39, 5);
    const mean = frequency.reduce((sum, x) => sum + x, 0) / frequency.length;
    expect(Math.abs(mbgNbdExpectedPurchasesInPeriod(params, 39) - mean)).toBeLessThan(0.02);
  });

  it('is 0 at t = 0 and finite at a = 1', () => {
    expect(mbgNbdExpectedPurchasesInPeriod({ r: 1, alpha: 1, a: 2, b: 1 }, 0)).toBe(0);
    expect(Number.isFinite(mbgNbdExpectedPurchasesInPeriod({ r: 1, alpha: 1, a: 1, b: 1 }, 10))).toBe(true);
    expect(() => mbgNbdExpectedPurchasesInPeriod({ r: 1, alpha: 1, a: 2, b: 1 }, -1)).toThrow(RangeError);
  });
});
