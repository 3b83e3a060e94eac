import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionalExpectedPurchases } from '../../../src/core/btyd/expected-purchases';
import { expectedPurchasesInPeriod } from '../../../src/core/btyd/expected-purchases-in-period';
import { hyp2f1 } from '../../../src/core/btyd/hyp2f1';

const cdnowParams = { r: 0.242594, alpha: 4.413602, a: 0.79292, b: 2.425888 };

/** FHL 2005 eq. 10 exactly as printed, for parameters where its direct evaluation is safe (a ≠ 1, moderate x). */
function equationTen(
  p: { r: number; alpha: number; a: number; b: number },
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  const { r, alpha, a, b } = p;
  const hyp = hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t));
  const numerator = ((a + b + x - 1) / (a - 1)) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp);
  const denominator = 1 + (x > 0 ? (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x) : 0);
  return numerator / denominator;
}

describe('conditionalExpectedPurchases', () => {
  it('gives 1.226 purchases in 39 weeks for the CDNOW customer with x = 2, tx = 30.43, T = 38.86', () => {
    // Source: Fader, Hardie & Lee (2005), section 5 (and product.md): 1.226.
    expect(conditionalExpectedPurchases(cdnowParams, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
  });

  it('gives ≈ 0.5646 when a + b + x − 1 < 1 (r 0.11, α 2.24, a 0.31, b 0.50, x 0, T 1, t 30)', () => {
    // Source: the robustness example (0.5646); here c = a + b − 1 = −0.19 is negative.
    const value = conditionalExpectedPurchases({ r: 0.11, alpha: 2.24, a: 0.31, b: 0.5 }, 30, 0, 0, 1);
    expect(Math.abs(value - 0.5646)).toBeLessThan(1e-3);
  });

  it('agrees with equation 10 evaluated directly where that is safe', () => {
    const cases: [number, number, number, number][] = [
      [39, 2, 30.43, 38.86],
      [10, 0, 0, 20],
      [52, 7, 12, 30],
      [5, 1, 0, 3],
    ];
    for (const params of [
      cdnowParams,
      { r: 1.3, alpha: 2, a: 2.5, b: 4 },
      { r: 0.4, alpha: 9, a: 0.5, b: 0.9 },
      { r: 0.5, alpha: 10, a: 50, b: 300 },
    ]) {
      for (const [t, x, tx, T] of cases) {
        const expected = equationTen(params, t, x, tx, T);
        expect(conditionalExpectedPurchases(params, t, x, tx, T) / expected).toBeCloseTo(1, 10);
      }
    }
  });

  it('is continuous through a = 1, where equation 10 is 0/0', () => {
    const at = (a: number) => conditionalExpectedPurchases({ ...cdnowParams, a }, 39, 2, 30.43, 38.86);
    const exact = at(1);
    expect(Number.isFinite(exact)).toBe(true);
    expect(exact).toBeCloseTo((at(1 - 1e-6) + at(1 + 1e-6)) / 2, 9);
    expect(exact / equationTen({ ...cdnowParams, a: 1.001 }, 39, 2, 30.43, 38.86)).toBeCloseTo(1, 3);
  });

  it('is fast and right at the model’s boundary (a and b in the millions)', () => {
    // Computed by hand: with a = 2.52e6 and b = 3.43e7 the drop-out probability is concentrated at
    // p̄ = a/(a+b+x) (standard deviation 4e-5), so E ≈ P(alive) · (1 − (1 + p̄τ)^−(r+x)) / p̄, τ = t/(α+T), to
    // about 1e-9. For x = 2, tx = 30, T = 38, t = 39: p̄ = 0.0684409, τ = 1.024561, P(alive) = 0.892687,
    // giving 0.892687 · 1.927284 = 1.72046. For x = 0, T = 38: p̄ = 0.0684350 and 0.0860938.
    const boundary = { r: 0.0872, alpha: 0.0651, a: 2.52e6, b: 3.43e7 };
    expect(conditionalExpectedPurchases(boundary, 39, 2, 30, 38)).toBeCloseTo(1.72046, 4);
    expect(conditionalExpectedPurchases(boundary, 39, 0, 0, 38)).toBeCloseTo(0.0860938, 6);
    // Against the same approximation evaluated here, for a long horizon and a young customer.
    const pBar = 2.52e6 / (2.52e6 + 3.43e7);
    const tau = 3650 / 1.0651;
    const approximation = (1 - (1 + pBar * tau) ** -0.0872) / pBar;
    expect(conditionalExpectedPurchases(boundary, 3650, 0, 0, 1) / approximation).toBeCloseTo(1, 6);
  });

  it('never gives NaN or Infinity for large x and T, tx at 0 or T, horizons up to 10 years', () => {
    const parameterSets = [
      cdnowParams,
      { r: 0.11, alpha: 2.24, a: 0.31, b: 0.5 },
      { r: 0.24, alpha: 4.41, a: 1, b: 2.43 },
      { r: 0.2, alpha: 30, a: 100, b: 300 },
      { r: 5, alpha: 0.5, a: 3, b: 0.2 },
      { r: 0.0872, alpha: 0.0651, a: 2.52e6, b: 3.43e7 },
    ];
    for (const params of parameterSets) {
      for (const x of [0, 1, 10, 1000, 10_000]) {
        for (const T of [0, 1, 38.86, 1000, 10_000]) {
          for (const tx of x === 0 ? [0] : [0, T / 2, T]) {
            for (const t of [1, 30, 522, 3650]) {
              const value = conditionalExpectedPurchases(params, t, x, tx, T);
              expect(Number.isFinite(value), `${JSON.stringify(params)} t ${t} x ${x} tx ${tx} T ${T}`).toBe(
                true,
              );
              expect(value).toBeGreaterThanOrEqual(0);
            }
          }
        }
      }
    }
  });

  it('grows with the horizon', () => {
    // Horizons are 0 or at least a millionth of a time unit: below that the answers are subnormal numbers
    // (under 1e-300) whose last bits are rounding, not a shorter horizon.
    const horizon = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 600, noNaN: true }));
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.double({ min: 0.5, max: 50, noNaN: true }),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.double({ min: 0.05, max: 10, noNaN: true }),
        fc.integer({ min: 0, max: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        horizon,
        horizon,
        (r, alpha, a, b, x, share, T, h1, h2) => {
          const tx = x === 0 ? 0 : T * share;
          const params = { r, alpha, a, b };
          const shorter = conditionalExpectedPurchases(params, Math.min(h1, h2), x, tx, T);
          const longer = conditionalExpectedPurchases(params, Math.max(h1, h2), x, tx, T);
          expect(longer).toBeGreaterThanOrEqual(shorter * (1 - 1e-12));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('grows with the horizon for large a and b too', () => {
    const horizon = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 600, noNaN: true }));
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.double({ min: 0.05, max: 50, noNaN: true }),
        fc.double({ min: 2, max: 1e7, noNaN: true }),
        fc.double({ min: 0.05, max: 1e8, noNaN: true }),
        fc.integer({ min: 0, max: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        horizon,
        horizon,
        (r, alpha, a, b, x, share, T, h1, h2) => {
          const tx = x === 0 ? 0 : T * share;
          const params = { r, alpha, a, b };
          const shorter = conditionalExpectedPurchases(params, Math.min(h1, h2), x, tx, T);
          const longer = conditionalExpectedPurchases(params, Math.max(h1, h2), x, tx, T);
          expect(Number.isFinite(longer)).toBe(true);
          expect(longer).toBeGreaterThanOrEqual(shorter * (1 - 1e-9));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is 0 for a zero horizon, the unconditional expectation for a new customer, and rejects bad input', () => {
    expect(conditionalExpectedPurchases(cdnowParams, 0, 2, 30.43, 38.86)).toBe(0);
    expect(conditionalExpectedPurchases(cdnowParams, 39, 0, 0, 0)).toBe(
      expectedPurchasesInPeriod(cdnowParams, 39),
    );
    expect(() => conditionalExpectedPurchases(cdnowParams, -1, 2, 30.43, 38.86)).toThrow(RangeError);
    expect(() => conditionalExpectedPurchases(cdnowParams, 39, 2, 40, 38.86)).toThrow(
      'recency is greater than T',
    );
    expect(() => conditionalExpectedPurchases({ ...cdnowParams, r: 0 }, 39, 2, 30, 38.86)).toThrow(
      RangeError,
    );
  });
});
