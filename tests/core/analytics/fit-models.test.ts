import { describe, expect, it } from 'vitest';
import { fitModels } from '../../../src/core/analytics/fit-models';
import type { BgNbdParams } from '../../../src/core/btyd/bg-nbd-params';
import type { CustomerSummary } from '../../../src/core/btyd/customer-summary';
import { cdnowSummaries } from './cdnow-summaries';

const once = (customerId: string): CustomerSummary => ({
  customerId,
  frequency: 0,
  recency: 0,
  T: 10,
  monetaryValue: 0,
  firstDay: 0,
  lastDay: 0,
  orders: 1,
  revenue: 5,
});

describe('fitModels', () => {
  it('reproduces the published CDNOW estimates of BG/NBD and Gamma-Gamma without a penalty', () => {
    const models = fitModels(cdnowSummaries(), 0);
    // Fader, Hardie & Lee (2005): r 0.2426, α 4.4136, a 0.7929, b 2.4259 (weeks).
    expect(models.purchaseProblem).toBe('');
    expect(models.purchase?.params.r).toBeCloseTo(0.2426, 3);
    expect(models.purchase?.params.alpha).toBeCloseTo(4.4136, 2);
    expect((models.purchase!.params as BgNbdParams).a).toBeCloseTo(0.7929, 3);
    expect((models.purchase!.params as BgNbdParams).b).toBeCloseTo(2.4259, 2);
    // Fader & Hardie (2013), "The Gamma-Gamma Model of Monetary Value": p 6.25, q 3.74, γ 15.44.
    expect(models.ggProblem).toBe('');
    expect(Math.abs(models.gg!.p / 6.25 - 1)).toBeLessThan(0.005);
    expect(Math.abs(models.gg!.q / 3.74 - 1)).toBeLessThan(0.005);
    expect(Math.abs(models.gg!.gamma / 15.44 - 1)).toBeLessThan(0.005);
  });

  it('shrinks the BG/NBD parameters with the L2 penalty of a young business', () => {
    const free = fitModels(cdnowSummaries(), 0).purchase!.params as BgNbdParams;
    const penalised = fitModels(cdnowSummaries(), 0.01).purchase!.params as BgNbdParams;
    const size = (p: typeof free) => p.r ** 2 + p.alpha ** 2 + p.a ** 2 + p.b ** 2;
    expect(size(penalised)).toBeLessThan(size(free));
  });

  it('says why nothing can be fitted when no customer bought twice', () => {
    expect(fitModels(Object.freeze([once('C1'), once('C2')]), 0.01)).toEqual({
      purchase: null,
      purchaseProblem: 'needs customers with repeat orders to fit the model',
      gg: null,
      ggProblem: 'needs repeat orders with a positive amount to fit the spend model',
    });
  });

  it('fits purchases but not spend when every repeat order is free', () => {
    const free = { ...once('C2'), frequency: 2, recency: 6, monetaryValue: 0 };
    const models = fitModels(Object.freeze([once('C1'), free]), 0.01);
    expect(models.purchase).not.toBeNull();
    expect(models.gg).toBeNull();
    expect(models.ggProblem).toBe('needs repeat orders with a positive amount to fit the spend model');
  });

  it('gives the fit error as the problem instead of throwing', () => {
    const bad = { ...once('C2'), frequency: 1, recency: 12, T: 10, monetaryValue: 5 }; // recency after T
    const models = fitModels(Object.freeze([once('C1'), bad]), 0.01);
    expect(models.purchase).toBeNull();
    expect(models.purchaseProblem).toMatch(/^model fit failed: /);
  });
});
