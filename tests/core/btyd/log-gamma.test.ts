import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logGamma } from '../../../src/core/btyd/log-gamma';

describe('logGamma', () => {
  it('matches Γ(n) = (n − 1)! at whole numbers', () => {
    // Source: the factorial identity; 9! = 362880, 19! = 121645100408832000.
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 13);
    expect(logGamma(20)).toBeCloseTo(Math.log(121645100408832000), 12);
  });

  it('matches Γ(1/2) = √π and Γ(1/3) from Abramowitz & Stegun', () => {
    // Source: Γ(1/2) = √π; Γ(1/3) = 2.678938534707747633 (Abramowitz & Stegun, table 6.1 / eq. 6.1.10).
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(1 / 3)).toBeCloseTo(Math.log(2.6789385347077475), 14);
    expect(logGamma(1.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI) / 2), 14);
  });

  it('behaves like −ln x near 0 and like Stirling far out', () => {
    // Source: Γ(x) = Γ(x + 1)/x and ln Γ(1 + ε) = −γε + O(ε²) (A&S 6.1.33), so ln Γ(1e-8) = 8 ln 10 − γ·1e-8.
    expect(logGamma(1e-8)).toBeCloseTo(8 * Math.LN10 - 0.5772156649015329e-8, 13);
    // Source: the Stirling series (Abramowitz & Stegun 6.1.41); its first correction term is exact to 1e-19 at 1e6.
    const x = 1e6;
    expect(logGamma(x)).toBeCloseTo(
      (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x),
      6,
    );
  });

  it('satisfies ln Γ(x + 1) − ln Γ(x) = ln x across the range', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e5, noNaN: true }), (x) => {
        const difference = logGamma(x + 1) - logGamma(x);
        expect(difference).toBeCloseTo(Math.log(x), Math.abs(Math.log(x)) > 5 ? 9 : 11);
      }),
    );
  });

  it('rejects arguments that are not positive', () => {
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => logGamma(-1.5)).toThrow(RangeError);
    expect(() => logGamma(Number.NaN)).toThrow(RangeError);
  });
});
