import { describe, expect, it } from 'vitest';
import { cohortHoldout } from '../../../src/core/btyd/cohort-holdout';

describe('cohortHoldout', () => {
  it('summarises the cohort as of the calibration day and counts its holdout purchase days', () => {
    const cohort = cohortHoldout(
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
    expect(cohort.calibrationDay).toBe(14);
    expect(cohort.holdoutDay).toBe(28);
    expect([...cohort.frequency]).toEqual([1, 0]);
    expect([...cohort.recency]).toEqual([1, 0]);
    expect([...cohort.T]).toEqual([2, 0]);
    expect([...cohort.firstDay]).toEqual([0, 14]);
    expect([...cohort.holdout]).toEqual([1, 1]);
    expect([...cohort.repeatDays].sort((a, b) => a - b)).toEqual([7, 20, 21]);
  });

  it('is empty when nobody bought by the calibration day', () => {
    const cohort = cohortHoldout([{ customerId: 'A', day: 20, amount: 1 }], 14, 28);
    expect(cohort.frequency).toHaveLength(0);
    expect(cohort.holdout).toHaveLength(0);
  });
});
