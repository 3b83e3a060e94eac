import { describe, expect, it } from 'vitest';
import { mbgNbdPAlive } from '../../../src/core/btyd/mbg-nbd-p-alive';
import { pAlive } from '../../../src/core/btyd/p-alive';
import { mbgNbdByQuadrature } from './mbg-nbd-quadrature';

const CDNOW = { r: 0.524838, alpha: 6.182992, a: 0.891356, b: 1.613999 };

describe('mbgNbdPAlive', () => {
  it('is the posterior share of being active, integrated numerically over λ and p', () => {
    // Source: mbgNbdByQuadrature (trapezoidal rule in ln λ and logit p over the individual-level model).
    for (const [x, tx, T] of [
      [0, 0, 38.86],
      [2, 30.43, 38.86],
      [5, 10, 38.86],
      [1, 1.71, 27],
    ]) {
      expect(mbgNbdPAlive(CDNOW, x, tx, T)).toBeCloseTo(mbgNbdByQuadrature(CDNOW, x, tx, T, 0).pAlive, 10);
    }
  });

  it('is below 1 for a one-time buyer, where BG/NBD says 1, and falls the longer they stay silent', () => {
    // Computed by hand: 1 / (1 + a/b · ((α+T)/α)^r).
    const expected = 1 / (1 + (CDNOW.a / CDNOW.b) * ((CDNOW.alpha + 38.86) / CDNOW.alpha) ** CDNOW.r);
    expect(mbgNbdPAlive(CDNOW, 0, 0, 38.86)).toBeCloseTo(expected, 12);
    expect(pAlive(CDNOW, 0, 0, 38.86)).toBe(1);
    expect(mbgNbdPAlive(CDNOW, 0, 0, 50)).toBeLessThan(mbgNbdPAlive(CDNOW, 0, 0, 10));
    expect(mbgNbdPAlive({ r: 1, alpha: 1, a: 1, b: 1 }, 0, 0, 1)).toBeCloseTo(1 / 3, 14);
  });

  it('stays in [0, 1] for thousands of purchases', () => {
    expect(mbgNbdPAlive(CDNOW, 3000, 10, 1000)).toBe(0);
    expect(mbgNbdPAlive(CDNOW, 3000, 1000, 1000)).toBeGreaterThan(0.99);
  });

  it('throws for invalid parameters or rows', () => {
    expect(() => mbgNbdPAlive({ ...CDNOW, b: 0 }, 1, 1, 2)).toThrow(
      'MBG/NBD parameter b must be a positive number',
    );
    expect(() => mbgNbdPAlive(CDNOW, 1, 3, 2)).toThrow('recency is greater than T');
  });
});
