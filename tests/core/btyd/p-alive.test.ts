import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pAlive } from '../../../src/core/btyd/p-alive';

const cdnowParams = { r: 0.242594, alpha: 4.413602, a: 0.79292, b: 2.425888 };
const positive = fc.double({ min: 0.01, max: 50, noNaN: true });

describe('pAlive', () => {
  it('is 1 without repeat purchases', () => {
    // Source: FHL 2005 eq. 11 with δ(x > 0) = 0 (a customer can only drop out after a repeat purchase).
    expect(pAlive(cdnowParams, 0, 0, 38.86)).toBe(1);
  });

  it('matches a hand computation', () => {
    // Computed by hand: r = α = a = b = 1, x = 1, tx = 1, T = 2: 1 / (1 + (1/1)·(3/2)²) = 1/3.25.
    expect(pAlive({ r: 1, alpha: 1, a: 1, b: 1 }, 1, 1, 2)).toBeCloseTo(1 / 3.25, 15);
    // Computed by hand for CDNOW customer 1 (x 2, tx 30.43, T 38.86):
    // a/(b+1) = 0.79292/3.425888 = 0.231449; ((α+T)/(α+tx))^(r+2) = (43.273602/34.843602)^2.242594 = 1.62578;
    // 1/(1 + 0.231449·1.62578) = 0.72658.
    expect(pAlive(cdnowParams, 2, 30.43, 38.86)).toBeCloseTo(0.72658, 4);
  });

  it('lies in [0, 1] and equals 1 when x = 0', () => {
    fc.assert(
      fc.property(
        positive,
        positive,
        positive,
        positive,
        fc.integer({ min: 0, max: 10_000 }),
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (r, alpha, a, b, x, T, share) => {
          const tx = x === 0 ? 0 : T * share;
          const value = pAlive({ r, alpha, a, b }, x, tx, T);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
          if (x === 0) expect(value).toBe(1);
        },
      ),
    );
  });

  it('falls as the silence since the last purchase grows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (x, tx, extra) => {
          const shorter = pAlive(cdnowParams, x, tx, tx + extra);
          const longer = pAlive(cdnowParams, x, tx, tx + extra + 1);
          expect(longer).toBeLessThanOrEqual(shorter);
        },
      ),
    );
  });

  it('stays finite at the extremes and rejects invalid rows and parameters', () => {
    expect(pAlive(cdnowParams, 10_000, 0, 10_000)).toBe(0);
    // Computed by hand: with tx = T the power is 1, so 1 / (1 + a/(b + 9999)) = 1 / (1 + 0.79292/10001.425888).
    expect(pAlive(cdnowParams, 10_000, 10_000, 10_000)).toBeCloseTo(1 / (1 + 0.79292 / 10001.425888), 14);
    expect(() => pAlive(cdnowParams, 1, 5, 4)).toThrow('recency is greater than T');
    expect(() => pAlive({ ...cdnowParams, b: -1 }, 1, 1, 4)).toThrow(RangeError);
  });
});
