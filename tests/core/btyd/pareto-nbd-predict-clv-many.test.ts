import { describe, expect, it } from 'vitest';
import { conditionalExpectedSpend } from '../../../src/core/btyd/conditional-expected-spend';
import { paretoNbdConditionalExpectedPurchases } from '../../../src/core/btyd/pareto-nbd-expected-purchases';
import { paretoNbdPredictClvMany } from '../../../src/core/btyd/pareto-nbd-predict-clv-many';

// Fader, Hardie & Lee (2005) for the CDNOW sample (Pareto/NBD); Fader & Hardie (2013) for Gamma-Gamma.
const PARETO = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
const GG = { p: 6.25, q: 3.74, gamma: 15.44 };

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
      paretoNbdConditionalExpectedPurchases(PARETO, i * 30, x, tx, T) -
      paretoNbdConditionalExpectedPurchases(PARETO, (i - 1) * 30, x, tx, T);
    total += step / (1 + discount) ** i;
  }
  return total * conditionalExpectedSpend(GG, x, monetary);
}

describe('paretoNbdPredictClvMany', () => {
  it('sums the discounted monthly increments of the conditional expectation times the expected spend', () => {
    // Computed here from lifetimes' definition, month by month, with paretoNbdConditionalExpectedPurchases
    // (parameters read as days here, so a month is 30 units).
    const data = {
      frequency: [2, 0, 7],
      recency: [30.43, 0, 20],
      T: [38.86, 38.86, 30],
      monetary: [22.35, 0, 40],
    };
    const out = paretoNbdPredictClvMany(PARETO, GG, data, { unit: 'days', months: 6, monthlyDiscount: 0.02 });
    for (let i = 0; i < 3; i++)
      expect(out[i]).toBeCloseTo(
        byMonths(data.frequency[i], data.recency[i], data.T[i], data.monetary[i], 6, 0.02),
        9,
      );
  });

  it('throws for invalid parameters or columns of different lengths', () => {
    const data = { frequency: [2], recency: [30.43], T: [38.86], monetary: [1, 2] };
    expect(() => paretoNbdPredictClvMany(PARETO, GG, data, { unit: 'weeks' })).toThrow(
      'monetary must have one value',
    );
    expect(() => paretoNbdPredictClvMany({ ...PARETO, beta: 0 }, GG, data, { unit: 'weeks' })).toThrow(
      'Pareto/NBD parameter beta',
    );
  });
});
