import { describe, expect, it } from 'vitest';
import {
  type RfmChurnFacts,
  rfmChurnExplanation,
  spanInWords,
} from '../../../src/core/customer/rfm-churn-explanation';

const facts = (over: Partial<RfmChurnFacts>): RfmChurnFacts =>
  Object.freeze({
    segment: 'Lost',
    pAlive: 0.8,
    frequency: 2,
    orders: 3,
    firstOrder: new Date('2024-01-01T00:00:00Z'),
    lastOrder: new Date('2024-11-01T00:00:00Z'),
    now: new Date('2025-03-01T00:00:00Z'),
    ...over,
  });

describe('rfmChurnExplanation', () => {
  it('explains a Lost customer the model expects back by their slow pace', () => {
    // 305 days over 2 repeat orders: one every 152.5 days, 5 months; 120 days since the last.
    expect(rfmChurnExplanation(facts({}))).toBe(
      'RFM ranks the time since the last order against all customers, and 4 months puts them in Lost; ' +
        'the model judges it against their own pace: they usually order every 5 months, so it still ' +
        'expects them back (P(alive) 80 %).',
    );
  });

  it('explains a one-time buyer RFM calls lost and the model keeps alive', () => {
    expect(rfmChurnExplanation(facts({ frequency: 0, orders: 1, pAlive: 1 }))).toBe(
      'RFM ranks the time since the last order against all customers, and 4 months puts them in Lost; ' +
        'with a single order the model has no pace of theirs to compare it with, so it cannot yet tell ' +
        'that they have left (P(alive) 100 %).',
    );
  });

  it('explains a Loyal customer with many orders whom the model thinks gone', () => {
    // 56 orders: 55 repeats over 2024-01-01…2024-03-01 (60 days), one every 1.09 days; then 365 days
    // of silence, 12 months and 365 / 1.09 = 335 times their pace.
    const text = rfmChurnExplanation(
      facts({
        segment: 'Loyal',
        pAlive: 0,
        frequency: 55,
        orders: 56,
        lastOrder: new Date('2024-03-01T00:00:00Z'),
      }),
    );
    expect(text).toBe(
      'RFM ranks how often they ordered and how much they spent against all customers, and 56 orders put ' +
        'them in Loyal; the model judges the 12 months since their last order against their own pace of an ' +
        'order every 1 day, 335 times as long, so it thinks they have probably left (churn risk 100 %).',
    );
  });

  it('says nothing where the two agree', () => {
    expect(rfmChurnExplanation(facts({ pAlive: 0.2 }))).toBeNull();
    expect(rfmChurnExplanation(facts({ segment: 'Champions', pAlive: 0.9 }))).toBeNull();
    // Churn risk 50 % is medium, not high: no contradiction to explain.
    expect(rfmChurnExplanation(facts({ segment: 'Loyal', pAlive: 0.5 }))).toBeNull();
    expect(rfmChurnExplanation(facts({ segment: 'New', pAlive: 0.1 }))).toBeNull();
  });
});

describe('spanInWords', () => {
  it('says days, weeks, months or years', () => {
    expect([0.2, 5, 13, 14, 60, 61, 150, 729, 730, 1000].map(spanInWords)).toEqual([
      '1 day',
      '5 days',
      '13 days',
      '2 weeks',
      '9 weeks',
      '2 months',
      '5 months',
      '24 months',
      '2 years',
      '3 years',
    ]);
  });
});
