import { describe, expect, it } from 'vitest';
import { mbgNbdConditionalExpectedPurchases } from '../../../src/core/btyd/mbg-nbd-expected-purchases';
import { mbgNbdByQuadrature } from './mbg-nbd-quadrature';

const CDNOW = { r: 0.524838, alpha: 6.182992, a: 0.891356, b: 1.613999 };
const OTHER = { r: 2.5, alpha: 0.7, a: 3.2, b: 0.4 };

describe('mbgNbdConditionalExpectedPurchases', () => {
  it('equals the expectation integrated numerically over the posterior of λ and p', () => {
    // Source: mbgNbdByQuadrature, E[(1 − e^(−λpt))/p] over the customers still active, no ₂F₁ used.
    for (const params of [CDNOW, OTHER])
      for (const [t, x, tx, T] of [
        [39, 2, 30.43, 38.86],
        [39, 0, 0, 38.86],
        [10, 5, 10, 38.86],
        [52, 1, 1.71, 27],
      ]) {
        const reference = mbgNbdByQuadrature(params, x, tx, T, t).expectedPurchases;
        expect(mbgNbdConditionalExpectedPurchases(params, t, x, tx, T)).toBeCloseTo(reference, 8);
      }
  });

  it('is 0 for no horizon and grows with the horizon', () => {
    expect(mbgNbdConditionalExpectedPurchases(CDNOW, 0, 2, 30.43, 38.86)).toBe(0);
    const values = [1, 10, 39, 100].map((t) => mbgNbdConditionalExpectedPurchases(CDNOW, t, 2, 30.43, 38.86));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
  });

  it('throws for a negative horizon or an invalid row', () => {
    expect(() => mbgNbdConditionalExpectedPurchases(CDNOW, -1, 2, 30.43, 38.86)).toThrow('the horizon t');
    expect(() => mbgNbdConditionalExpectedPurchases(CDNOW, 1, 0, 3, 38.86)).toThrow(
      'recency must be 0 when frequency is 0',
    );
  });
});
