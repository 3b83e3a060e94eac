import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paretoNbdPAlive } from '../../../src/core/btyd/pareto-nbd-p-alive';

describe('paretoNbdPAlive', () => {
  it('matches a hand computation where α = β', () => {
    // Computed by hand (note 009 eq. 37), r = s = α = β = 1, x = 1, tx = 1, T = 2: the alive term 1/27 over the
    // likelihood bracket 43/648 (see the log-likelihood test) is 24/43.
    expect(paretoNbdPAlive({ r: 1, alpha: 1, s: 1, beta: 1 }, 1, 1, 2)).toBeCloseTo(24 / 43, 14);
  });

  it('lies in [0, 1], is below 1 without repeat purchases and 1 when the last purchase is at T', () => {
    const positive = fc.double({ min: 0.01, max: 50, noNaN: true });
    fc.assert(
      fc.property(
        positive,
        positive,
        positive,
        positive,
        fc.integer({ min: 0, max: 2000 }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (r, alpha, s, beta, x, T, share) => {
          const value = paretoNbdPAlive({ r, alpha, s, beta }, x, x === 0 ? 0 : T * share, T);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        },
      ),
    );
    const params = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
    expect(paretoNbdPAlive(params, 0, 0, 38.86)).toBeLessThan(1);
    expect(paretoNbdPAlive(params, 3, 38.86, 38.86)).toBe(1);
  });

  it('rejects invalid rows and parameters', () => {
    expect(() => paretoNbdPAlive({ r: 1, alpha: 1, s: 1, beta: 1 }, 1, 3, 2)).toThrow(
      'recency is greater than T',
    );
    expect(() => paretoNbdPAlive({ r: 1, alpha: 1, s: 0, beta: 1 }, 1, 1, 2)).toThrow(/parameter s /);
  });
});
