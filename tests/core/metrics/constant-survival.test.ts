// Tests for the survival curve under constant retention.

import { describe, expect, it } from 'vitest';
import { constantSurvival } from '../../../src/core/metrics/constant-survival';

describe('constantSurvival', () => {
  it('gives r^t for t = 1…n (product.md: retention 0.8 -> 0.8, 0.64, 0.512)', () => {
    // by hand: 0.8, 0.8² = 0.64, 0.8³ = 0.512
    const survival = constantSurvival(0.8, 3);
    expect(survival).toHaveLength(3);
    expect(survival[0]).toBeCloseTo(0.8, 12);
    expect(survival[1]).toBeCloseTo(0.64, 12);
    expect(survival[2]).toBeCloseTo(0.512, 12);
  });

  it('handles the ends of the retention range', () => {
    expect(constantSurvival(1, 3)).toEqual([1, 1, 1]);
    expect(constantSurvival(0, 2)).toEqual([0, 0]);
  });

  it('rejects retention outside [0, 1]', () => {
    expect(() => constantSurvival(1.1, 3)).toThrow('retention must be between 0 and 1');
    expect(() => constantSurvival(-0.1, 3)).toThrow('retention must be between 0 and 1');
    expect(() => constantSurvival(Number.NaN, 3)).toThrow('retention must be a finite number');
  });

  it('rejects a period count that is not a positive whole number', () => {
    expect(() => constantSurvival(0.8, 0)).toThrow('periods must be a positive whole number');
    expect(() => constantSurvival(0.8, 2.5)).toThrow('periods must be a positive whole number');
    expect(() => constantSurvival(0.8, Number.POSITIVE_INFINITY)).toThrow('periods must be a finite number');
  });
});
