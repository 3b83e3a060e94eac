import { describe, expect, it } from 'vitest';
import { mbgNbdConditionalExpectedPurchasesMany } from '../../../src/core/btyd/mbg-nbd-conditional-expected-purchases-many';
import { mbgNbdConditionalExpectedPurchases } from '../../../src/core/btyd/mbg-nbd-expected-purchases';
import { loadSummaryColumns } from './cdnow-fixture';

const CDNOW = { r: 0.524838, alpha: 6.182992, a: 0.891356, b: 1.613999 };

describe('mbgNbdConditionalExpectedPurchasesMany', () => {
  it('equals the one-customer function on every CDNOW row', () => {
    const data = loadSummaryColumns();
    const out = mbgNbdConditionalExpectedPurchasesMany(CDNOW, 39, data);
    expect(out).toHaveLength(2357);
    for (let i = 0; i < out.length; i++)
      expect(out[i]).toBe(
        mbgNbdConditionalExpectedPurchases(CDNOW, 39, data.frequency[i], data.recency[i], data.T[i]),
      );
  });

  it('names the first invalid row', () => {
    expect(() =>
      mbgNbdConditionalExpectedPurchasesMany(CDNOW, 39, { frequency: [1, 1], recency: [1, 5], T: [2, 4] }),
    ).toThrow('row 2: recency is greater than T');
  });
});
