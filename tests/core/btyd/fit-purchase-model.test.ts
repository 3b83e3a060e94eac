import { describe, expect, it } from 'vitest';
import { fitBgNbd } from '../../../src/core/btyd/fit-bg-nbd';
import { fitMbgNbd } from '../../../src/core/btyd/fit-mbg-nbd';
import { fitParetoNbd } from '../../../src/core/btyd/fit-pareto-nbd';
import { fitPurchaseModel } from '../../../src/core/btyd/fit-purchase-model';
import { loadSummaryColumns } from './cdnow-fixture';

const data = loadSummaryColumns();

describe('fitPurchaseModel', () => {
  it('fits the model it is named, with the same parameters as that model fit', () => {
    const bg = fitBgNbd(data);
    expect(fitPurchaseModel('bgnbd', data)).toEqual({
      kind: 'bgnbd',
      params: { r: bg.r, alpha: bg.alpha, a: bg.a, b: bg.b },
      logLikelihood: bg.logLikelihood,
      converged: true,
    });
    const mbg = fitMbgNbd(data, { penalizer: 0.01 });
    expect(fitPurchaseModel('mbgnbd', data, { penalizer: 0.01 }).params).toEqual({
      r: mbg.r,
      alpha: mbg.alpha,
      a: mbg.a,
      b: mbg.b,
    });
    const pareto = fitParetoNbd(data);
    expect(fitPurchaseModel('paretonbd', data)).toMatchObject({
      kind: 'paretonbd',
      params: { r: pareto.r, alpha: pareto.alpha, s: pareto.s, beta: pareto.beta },
    });
    expect(bg.logLikelihood).toBeCloseTo(-9582.4, 0);
  });

  it('passes on the fit’s errors', () => {
    expect(() => fitPurchaseModel('mbgnbd', { frequency: [0], recency: [0], T: [5] })).toThrow(
      'cannot fit MBG/NBD: no customer has a repeat purchase',
    );
  });
});
