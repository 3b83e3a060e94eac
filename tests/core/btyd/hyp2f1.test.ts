import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hyp2f1 } from '../../../src/core/btyd/hyp2f1';

describe('hyp2f1', () => {
  it('matches ₂F₁(1, 1; 2; z) = −ln(1 − z)/z on both sides of 0', () => {
    // Source: Abramowitz & Stegun 15.1.3.
    for (const z of [-50, -3, -1, -0.2, 0.1, 0.5, 0.9, 0.99]) {
      expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(-Math.log1p(-z) / z, 13);
    }
  });

  it('matches ₂F₁(a, b; b; z) = (1 − z)^(−a)', () => {
    // Source: Abramowitz & Stegun 15.1.8.
    for (const [a, b, z] of [
      [0.3, 2.5, 0.7],
      [2.5, 0.3, -4],
      [7, 1.5, 0.45],
      [-1.5, 3, 0.95],
    ]) {
      const expected = (1 - z) ** -a;
      expect(hyp2f1(a, b, b, z) / expected).toBeCloseTo(1, 12);
    }
  });

  it('matches the arcsin and arctan forms', () => {
    // Source: Abramowitz & Stegun 15.1.6 (₂F₁(½,½;3/2;z²) = arcsin z / z) and 15.1.5 (₂F₁(½,1;3/2;−z²) = arctan z / z).
    for (const z of [0.1, 0.6, 0.95]) expect(hyp2f1(0.5, 0.5, 1.5, z * z)).toBeCloseTo(Math.asin(z) / z, 12);
    for (const z of [0.5, 2, 30]) expect(hyp2f1(0.5, 1, 1.5, -z * z)).toBeCloseTo(Math.atan(z) / z, 12);
  });

  it('terminates for a negative whole a (a polynomial in z)', () => {
    // Computed by hand: ₂F₁(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1)); with b = 3, c = 5, z = −7:
    // 1 + 42/5 + 12·49/30 = 1 + 8.4 + 19.6 = 29.
    expect(hyp2f1(-2, 3, 5, -7)).toBeCloseTo(29, 12);
    expect(hyp2f1(-2, 3, 5, 0.5)).toBeCloseTo(1 - 0.6 + (12 * 0.25) / 30, 14);
  });

  it('handles a negative c that is not a whole number', () => {
    // Source: Abramowitz & Stegun 15.1.8 again, ₂F₁(a, c; c; z) = (1 − z)^(−a), here with c = −0.19.
    expect(hyp2f1(0.4, -0.19, -0.19, 0.6) / 0.4 ** -0.4).toBeCloseTo(1, 12);
  });

  it('agrees with its own Pfaff transformation (A&S 15.3.4) for random parameters', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 6, noNaN: true }),
        fc.double({ min: 0.05, max: 6, noNaN: true }),
        fc.double({ min: 0.1, max: 8, noNaN: true }),
        fc.double({ min: -0.9, max: 0.45, noNaN: true }),
        (a, b, c, z) => {
          const direct = hyp2f1(a, b, c, z);
          const pfaff = (1 - z) ** -a * hyp2f1(a, c - b, c, z / (z - 1));
          expect(Number.isFinite(direct)).toBe(true);
          expect(Math.abs(direct - pfaff)).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(direct)));
        },
      ),
    );
  });

  it('returns 1 at z = 0 and rejects z ≥ 1 or c = 0, −1, −2, …', () => {
    expect(hyp2f1(3, 4, 5, 0)).toBe(1);
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, 2, Number.NaN)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, 0, 0.5)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, -2, 0.5)).toThrow(RangeError);
  });
});
