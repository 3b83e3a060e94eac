import { describe, expect, it } from 'vitest';
import { paretoNbdConditionalExpectedPurchasesMany } from '../../../src/core/btyd/pareto-nbd-conditional-expected-purchases-many';
import { paretoNbdConditionalExpectedPurchases } from '../../../src/core/btyd/pareto-nbd-expected-purchases';
import { loadSummaryColumns } from './cdnow-fixture';

// Fader, Hardie & Lee (2005), the CDNOW sample in weeks.
const CDNOW = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };

describe('paretoNbdConditionalExpectedPurchasesMany', () => {
  it('equals the one-customer function on every CDNOW row', () => {
    const data = loadSummaryColumns();
    const out = paretoNbdConditionalExpectedPurchasesMany(CDNOW, 39, data);
    expect(out).toHaveLength(2357);
    for (let i = 0; i < out.length; i++)
      expect(out[i]).toBe(
        paretoNbdConditionalExpectedPurchases(CDNOW, 39, data.frequency[i], data.recency[i], data.T[i]),
      );
  });

  it('names the first invalid row and refuses a negative horizon', () => {
    expect(() =>
      paretoNbdConditionalExpectedPurchasesMany(CDNOW, 39, { frequency: [1, 1], recency: [1, 5], T: [2, 4] }),
    ).toThrow('row 2: recency is greater than T');
    expect(() =>
      paretoNbdConditionalExpectedPurchasesMany(CDNOW, -1, { frequency: [], recency: [], T: [] }),
    ).toThrow('the horizon t');
  });
});
