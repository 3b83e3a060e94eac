import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../src/core/analytics/read-transactions';
import { retentionWindow } from '../../../src/core/analytics/retention-window';

const at = (customerId: string, day: number): Transaction =>
  Object.freeze({ customerId, day, amount: 1, product: '', date: new Date(day * 86_400_000) });

describe('retentionWindow', () => {
  it('counts S active a year ago, E active now and N new over the 365 days ending on the as-of day', () => {
    const end = 1000;
    // The window is (635, 1000]; a customer was active at its start with an order in (270, 635].
    const transactions = Object.freeze([
      at('kept', 300), // active a year ago …
      at('kept', 900), // … and now
      at('lost', 635), // active a year ago only (the window's start belongs to the year before)
      at('old', 270), // neither: just older than two years before the end
      at('new', 636), // first order in the window
      at('new', 1000),
      at('future', 1001), // after the as-of day: nowhere
    ]);
    expect(retentionWindow(transactions, end)).toEqual({ S: 2, E: 2, N: 1 });
  });

  it('counts nothing without transactions', () => {
    expect(retentionWindow([], 1000)).toEqual({ S: 0, E: 0, N: 0 });
  });
});
