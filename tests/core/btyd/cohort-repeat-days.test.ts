import { describe, expect, it } from 'vitest';
import { cohortRepeatDays } from '../../../src/core/btyd/cohort-repeat-days';

describe('cohortRepeatDays', () => {
  const indexOf = new Map([
    ['A', 0],
    ['B', 1],
  ]);
  const firstDay = [10, 12];

  it('lists each repeat day of a cohort customer once, by customer then day, up to the last day', () => {
    const got = cohortRepeatDays(
      [
        { customerId: 'B', day: 20, amount: 1 },
        { customerId: 'A', day: 15, amount: 1 },
        { customerId: 'A', day: 10, amount: 1 }, // the first purchase day
        { customerId: 'A', day: 15, amount: 2 }, // same day again
        { customerId: 'A', day: 11, amount: 1 },
        { customerId: 'C', day: 13, amount: 1 }, // not in the cohort
        { customerId: 'B', day: 31, amount: 1 }, // after the last day
        { customerId: 'B', day: 30, amount: 1 },
      ],
      indexOf,
      firstDay,
      30,
    );
    expect([...got.customer]).toEqual([0, 0, 1, 1]);
    expect([...got.day]).toEqual([11, 15, 20, 30]);
  });

  it('gives empty columns without repeat purchases', () => {
    const got = cohortRepeatDays([{ customerId: 'A', day: 10, amount: 1 }], indexOf, firstDay, 30);
    expect(got.customer).toHaveLength(0);
    expect(got.day).toHaveLength(0);
  });
});
