import { describe, expect, it } from 'vitest';
import { mbgNbdLogLikelihood } from '../../../src/core/btyd/mbg-nbd-log-likelihood';
import { mbgNbdByQuadrature } from './mbg-nbd-quadrature';

// The CDNOW sample's MBG/NBD fit (see fit-mbg-nbd.test.ts) and a set far from it, with a > 1 and b < 1.
const CDNOW = { r: 0.524838, alpha: 6.182992, a: 0.891356, b: 1.613999 };
const OTHER = { r: 2.5, alpha: 0.7, a: 3.2, b: 0.4 };
const ROWS: Array<[number, number, number]> = [
  [0, 0, 38.86],
  [2, 30.43, 38.86],
  [5, 10, 38.86],
  [1, 1.71, 27],
  [12, 20, 21],
];

describe('mbgNbdLogLikelihood', () => {
  it('equals the individual-level model integrated numerically over λ and p', () => {
    // Source: mbgNbdByQuadrature, the trapezoidal rule in ln λ and logit p (no closed form used).
    for (const params of [CDNOW, OTHER])
      for (const [x, tx, T] of ROWS) {
        const reference = mbgNbdByQuadrature(params, x, tx, T, 0).logLikelihood;
        expect(mbgNbdLogLikelihood(params, x, tx, T)).toBeCloseTo(reference, 9);
      }
  });

  it('gives ln(3/4) for r = α = a = b = 1, x = 0, T = 1', () => {
    // Computed by hand: B(1,2)/B(1,1) · (α/(α+T) + a/b) = ½ · (½ + 1) = ¾.
    expect(mbgNbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, 0, 0, 1)).toBeCloseTo(Math.log(0.75), 14);
  });

  it('stays finite for thousands of purchases and long histories', () => {
    // A density in the purchase times, so it can exceed 1; what matters is that nothing overflows.
    expect(Number.isFinite(mbgNbdLogLikelihood(CDNOW, 5000, 900, 1000))).toBe(true);
    expect(Number.isFinite(mbgNbdLogLikelihood(CDNOW, 5000, 0.01, 1e6))).toBe(true);
  });
});
