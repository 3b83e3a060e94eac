import { describe, expect, it } from 'vitest';
import { purchaseModelExpectedPurchasesInPeriod } from '../../../src/core/btyd/purchase-model-expected-purchases-in-period';

describe('purchaseModelExpectedPurchasesInPeriod', () => {
  it('gives E[X(t)] of the model it is given', () => {
    // FHL 2005 eq. 9 with the CDNOW parameters: 1.858 repeat purchases in 78 weeks.
    const bg = { kind: 'bgnbd', params: { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 } } as const;
    expect(purchaseModelExpectedPurchasesInPeriod(bg, 78)).toBeCloseTo(1.858, 3);
    // b/(a−1) · (1 − ½ · ₂F₁(1, 2; 3; ½)) and rβ/(α(s−1)) · (1 − β/(β+t)).
    const mbg = { kind: 'mbgnbd', params: { r: 1, alpha: 1, a: 2, b: 1 } } as const;
    expect(purchaseModelExpectedPurchasesInPeriod(mbg, 1)).toBeCloseTo(0.22741, 5);
    const pareto = { kind: 'paretonbd', params: { r: 1, alpha: 1, s: 2, beta: 1 } } as const;
    expect(purchaseModelExpectedPurchasesInPeriod(pareto, 1)).toBeCloseTo(0.5, 12);
    expect(purchaseModelExpectedPurchasesInPeriod(pareto, 0)).toBe(0);
  });
});
