import { describe, expect, it } from 'vitest';
import { hyp2f1ScaledExcess } from '../../../src/core/btyd/hyp2f1-scaled-excess';

describe('hyp2f1ScaledExcess', () => {
  it('is c (₂F₁ − 1) / b', () => {
    // Source: ₂F₁(1, 1; 2; ½) = 2 ln 2 (Abramowitz & Stegun 15.1.3), so 2 (2 ln 2 − 1) / 1.
    expect(hyp2f1ScaledExcess(1, 1, 2, 0.5)).toBeCloseTo(2 * (2 * Math.LN2 - 1), 14);
  });

  it('stays finite at b = 0, where it is the series of −ln(1 − z)', () => {
    // Computed by hand: with a = 1, b = 0, c = 1 the terms are (1)ₙ (1)ₙ₋₁ / ((2)ₙ₋₁ n!) zⁿ = zⁿ / n.
    for (const z of [0.1, 0.5, 0.9]) expect(hyp2f1ScaledExcess(1, 0, 1, z)).toBeCloseTo(-Math.log1p(-z), 13);
  });

  it('stays finite at c = 0, where it is the geometric series', () => {
    // Computed by hand: with a = 1, b = 0, c = 0 the terms are n! (n−1)! / ((n−1)! n!) zⁿ = zⁿ, summing to z/(1−z).
    expect(hyp2f1ScaledExcess(1, 0, 0, 0.75)).toBeCloseTo(3, 12);
  });

  it('applies a log-factor without overflowing a sum beyond the double range', () => {
    // Computed by hand: ₂F₁(1100, 1; 1; ½) = 2^1100 (A&S 15.1.8), about 1e331; with c = b = 1 the scaled excess is
    // 2^1100 − 1, and times e^(−1100 ln 2) it is 1 − 2^−1100 = 1.
    expect(hyp2f1ScaledExcess(1100, 1, 1, 0.5, -1100 * Math.LN2)).toBeCloseTo(1, 10);
  });

  it('is 0 when a or z is 0, and rejects |z| ≥ 1 and negative whole c', () => {
    expect(hyp2f1ScaledExcess(0, 2, 3, 0.5)).toBe(0);
    expect(hyp2f1ScaledExcess(2, 2, 3, 0)).toBe(0);
    expect(() => hyp2f1ScaledExcess(1, 1, 1, 1)).toThrow(RangeError);
    expect(() => hyp2f1ScaledExcess(1, 1, 1, -1)).toThrow(RangeError);
    expect(() => hyp2f1ScaledExcess(1, 1, -3, 0.5)).toThrow(RangeError);
  });
});
