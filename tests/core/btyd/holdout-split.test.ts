import { describe, expect, it } from 'vitest';
import { holdoutSplit } from '../../../src/core/btyd/holdout-split';

describe('holdoutSplit', () => {
  it('summarises the cohort as of the calibration day and counts its holdout purchase days', () => {
    const split = holdoutSplit(
      [
        { customerId: 'A', day: 0, amount: 1 },
        { customerId: 'A', day: 7, amount: 1 },
        { customerId: 'A', day: 7, amount: 1 }, // same day: one purchase
        { customerId: 'B', day: 14, amount: 1 },
        { customerId: 'A', day: 20, amount: 1 }, // holdout
        { customerId: 'A', day: 20, amount: 1 }, // same holdout day
        { customerId: 'B', day: 21, amount: 1 }, // holdout
        { customerId: 'B', day: 29, amount: 1 }, // after the holdout
        { customerId: 'C', day: 15, amount: 1 }, // first purchase in the holdout: not in the cohort
        { customerId: 'C', day: 18, amount: 1 },
      ],
      14,
      28,
    );
    expect(split.calibrationDay).toBe(14);
    expect(split.holdoutDay).toBe(28);
    expect([...split.frequency]).toEqual([1, 0]);
    expect([...split.recency]).toEqual([1, 0]);
    expect([...split.T]).toEqual([2, 0]);
    expect([...split.firstDay]).toEqual([0, 14]);
    expect([...split.holdout]).toEqual([1, 1]);
    expect([...split.repeatDays].sort((a, b) => a - b)).toEqual([7, 20, 21]);
  });

  it('is empty when nobody bought by the calibration day', () => {
    const split = holdoutSplit([{ customerId: 'A', day: 20, amount: 1 }], 14, 28);
    expect(split.frequency).toHaveLength(0);
    expect(split.holdout).toHaveLength(0);
  });
});
