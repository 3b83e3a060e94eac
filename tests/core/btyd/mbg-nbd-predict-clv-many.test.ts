import { describe, expect, it } from 'vitest';
import { conditionalExpectedSpend } from '../../../src/core/btyd/conditional-expected-spend';
import { mbgNbdConditionalExpectedPurchases } from '../../../src/core/btyd/mbg-nbd-expected-purchases';
import { mbgNbdPredictClvMany } from '../../../src/core/btyd/mbg-nbd-predict-clv-many';

const MBG = { r: 0.524838, alpha: 6.182992, a: 0.891356, b: 1.613999 };
const GG = { p: 6.25, q: 3.74, gamma: 15.44 };

/** lifetimes' definition: monthly increments of the conditional expectation, discounted, times the spend. */
function byMonths(
  x: number,
  tx: number,
  T: number,
  monetary: number,
  months: number,
  discount: number,
): number {
  let total = 0;
  for (let i = 1; i <= months; i++) {
    const step =
      mbgNbdConditionalExpectedPurchases(MBG, i * 4.345, x, tx, T) -
      mbgNbdConditionalExpectedPurchases(MBG, (i - 1) * 4.345, x, tx, T);
    total += step / (1 + discount) ** i;
  }
  return total * conditionalExpectedSpend(GG, x, monetary);
}

describe('mbgNbdPredictClvMany', () => {
  it('sums the discounted monthly increments of the conditional expectation times the expected spend', () => {
    // Computed here from the definition, month by month, with mbgNbdConditionalExpectedPurchases.
    const data = {
      frequency: [2, 0, 7],
      recency: [30.43, 0, 20],
      T: [38.86, 38.86, 30],
      monetary: [22.35, 0, 40],
    };
    const out = mbgNbdPredictClvMany(MBG, GG, data, { unit: 'weeks' });
    for (let i = 0; i < 3; i++)
      expect(out[i]).toBeCloseTo(
        byMonths(data.frequency[i], data.recency[i], data.T[i], data.monetary[i], 12, 0.01),
        9,
      );
    expect(out[1]).toBeGreaterThan(0);
  });

  it('throws for invalid parameters or a negative monetary value', () => {
    const data = { frequency: [2], recency: [30.43], T: [38.86], monetary: [-1] };
    expect(() => mbgNbdPredictClvMany(MBG, GG, data, { unit: 'weeks' })).toThrow('row 1: monetary value');
    expect(() => mbgNbdPredictClvMany({ ...MBG, a: -1 }, GG, data, { unit: 'weeks' })).toThrow(
      'MBG/NBD parameter a',
    );
  });
});
