import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digamma } from '../../../src/core/btyd/digamma';
import { logGamma } from '../../../src/core/btyd/log-gamma';

const EULER_GAMMA = 0.5772156649015329;

describe('digamma', () => {
  it('matches the closed forms ψ(1) = −γ, ψ(1/2) = −γ − 2 ln 2 and ψ(n + 1) = H_n − γ', () => {
    // Source: Abramowitz & Stegun 6.3.2, 6.3.3 and 6.3.2 with the harmonic numbers H_4 = 25/12, H_9 = 7129/2520.
    expect(digamma(1)).toBeCloseTo(-EULER_GAMMA, 14);
    expect(digamma(0.5)).toBeCloseTo(-EULER_GAMMA - 2 * Math.LN2, 14);
    expect(digamma(5)).toBeCloseTo(25 / 12 - EULER_GAMMA, 14);
    expect(digamma(10)).toBeCloseTo(7129 / 2520 - EULER_GAMMA, 14);
  });

  it('satisfies ψ(x + 1) = ψ(x) + 1/x', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (x) => {
        expect(digamma(x + 1) - digamma(x)).toBeCloseTo(1 / x, 9);
      }),
    );
  });

  it('is the derivative of logGamma (central differences)', () => {
    for (const x of [0.05, 0.3, 1.7, 12.5, 400]) {
      const h = 1e-5 * Math.max(1, x);
      const slope = (logGamma(x + h) - logGamma(x - h)) / (2 * h);
      expect(digamma(x)).toBeCloseTo(slope, 5);
    }
  });

  it('rejects arguments that are not positive', () => {
    expect(() => digamma(0)).toThrow(RangeError);
    expect(() => digamma(-2)).toThrow(RangeError);
  });
});
