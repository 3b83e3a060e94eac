import { describe, expect, it } from 'vitest';
import { dataMaturity } from '../../../src/core/analytics/young-business';
import type { CustomerSummary } from '../../../src/core/btyd/customer-summary';

const summary = (frequency: number): CustomerSummary => ({
  customerId: 'C',
  frequency,
  recency: frequency,
  T: 10,
  monetaryValue: frequency ? 5 : 0,
  firstDay: 0,
  lastDay: frequency,
  orders: frequency + 1,
  revenue: 5,
});

describe('dataMaturity', () => {
  it('calls a business with 29 repeat customers young: penalised fit and rough estimates', () => {
    const summaries = Object.freeze([
      ...Array.from({ length: 29 }, () => summary(2)),
      summary(0),
      summary(0),
    ]);
    expect(dataMaturity(summaries)).toEqual({
      repeaters: 29,
      young: true,
      penalizer: 0.01,
      rough: ' (estimates are rough: only 29 customers with repeat orders)',
    });
  });

  it('fits a business with 30 repeat customers without a penalty', () => {
    const summaries = Object.freeze(Array.from({ length: 30 }, () => summary(1)));
    expect(dataMaturity(summaries)).toEqual({ repeaters: 30, young: false, penalizer: 0, rough: '' });
  });
});
