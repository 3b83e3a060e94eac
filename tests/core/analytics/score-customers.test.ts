import { describe, expect, it } from 'vitest';
import { scoreCustomers } from '../../../src/core/analytics/score-customers';
import type { CustomerSummary } from '../../../src/core/btyd/customer-summary';
import { conditionalExpectedPurchases } from '../../../src/core/btyd/expected-purchases';
import { pAlive } from '../../../src/core/btyd/p-alive';
import { predictClv } from '../../../src/core/btyd/predict-clv';

// The published CDNOW estimates (weeks): Fader, Hardie & Lee (2005) and Fader & Hardie (2013).
const bg = Object.freeze({ r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 });
const gg = Object.freeze({ p: 6.25, q: 3.74, gamma: 15.44 });
const settings = Object.freeze({ discountRate: 0.01, analyticsUnit: 'weeks' as const });

const summary = (customerId: string, frequency: number, recency: number, T: number, monetaryValue: number) =>
  Object.freeze({
    customerId,
    frequency,
    recency,
    T,
    monetaryValue,
    firstDay: 0,
    lastDay: 0,
    orders: frequency + 1,
    revenue: monetaryValue * frequency,
  }) satisfies CustomerSummary;

describe('scoreCustomers', () => {
  const summaries = Object.freeze([summary('C1', 0, 0, 38.86, 0), summary('C2', 2, 30.43, 38.86, 22.35)]);

  it('gives a customer without repeat purchases P(alive) 1 and scores over 90 days in the unit of Settings', () => {
    const { scores, problems } = scoreCustomers(
      { purchase: { kind: 'bgnbd', params: bg }, purchaseProblem: '', gg, ggProblem: '' },
      summaries,
      settings,
    );
    expect(problems.size).toBe(0);
    // Fader, Hardie & Lee (2005), eq. 2: with x = 0 the customer cannot have dropped out yet.
    expect(scores.get('C1')?.alive).toBe(1);
    const clvOptions = { months: 12, monthlyDiscount: 0.01, unit: 'weeks' as const };
    expect(scores.get('C2')).toEqual({
      alive: pAlive(bg, 2, 30.43, 38.86),
      expected: conditionalExpectedPurchases(bg, 90 / 7, 2, 30.43, 38.86),
      clv: predictClv(bg, gg, 2, 30.43, 38.86, 22.35, clvOptions),
    });
    const alive = scores.get('C2')!.alive;
    expect(alive).toBeGreaterThan(0);
    expect(alive).toBeLessThan(1);
  });

  it('leaves CLV out without a spend model, and scores nothing without a purchase model', () => {
    const noSpend = scoreCustomers(
      { purchase: { kind: 'bgnbd', params: bg }, purchaseProblem: '', gg: null, ggProblem: 'no spend' },
      summaries,
      settings,
    );
    expect(Number.isNaN(noSpend.scores.get('C2')?.clv)).toBe(true);
    expect(noSpend.scores.get('C2')?.alive).toBe(pAlive(bg, 2, 30.43, 38.86));
    const none = scoreCustomers(
      { purchase: null, purchaseProblem: 'no fit', gg, ggProblem: '' },
      summaries,
      settings,
    );
    expect(none).toEqual({ scores: new Map(), problems: new Map() });
  });

  it('scores the others and gives the reason for a customer the model cannot score', () => {
    const bad = summary('C3', 1, 40, 38.86, 10); // recency after T
    const { scores, problems } = scoreCustomers(
      { purchase: { kind: 'bgnbd', params: bg }, purchaseProblem: '', gg, ggProblem: '' },
      Object.freeze([...summaries, bad]),
      settings,
    );
    expect([...scores.keys()]).toEqual(['C1', 'C2']);
    expect(scores.get('C2')?.alive).toBe(pAlive(bg, 2, 30.43, 38.86));
    expect(problems.get('C3')).toMatch(/^the fitted model cannot score this customer \(.+\)$/);
  });
});
