import { describe, expect, it } from 'vitest';
import { clockTriggerEvent } from '../../../src/local/emulator/clock-trigger-event';

describe('clockTriggerEvent', () => {
  it('carries the firing instant in UTC, Monday as day 1 and the ISO week', () => {
    // 2025-03-02 is a Sunday in ISO week 9 (week 1 began on Monday 2024-12-30).
    expect(clockTriggerEvent('1000001', new Date('2025-03-02T09:30:15Z'))).toEqual({
      authMode: 'FULL',
      year: 2025,
      month: 3,
      'day-of-month': 2,
      'day-of-week': 7,
      'week-of-year': 9,
      hour: 9,
      minute: 30,
      second: 15,
      timezone: 'UTC',
      triggerUid: '1000001',
    });
  });

  it('puts the first days of January in the last ISO week of the year before when they precede its first Thursday', () => {
    // 2021-01-01 was a Friday: ISO week 53 of 2020. 2024-12-30 was a Monday: ISO week 1 of 2025.
    expect(clockTriggerEvent('1', new Date('2021-01-01T00:00:00Z'))['week-of-year']).toBe(53);
    expect(clockTriggerEvent('1', new Date('2024-12-30T12:00:00Z'))['week-of-year']).toBe(1);
    expect(clockTriggerEvent('1', new Date('2024-12-30T12:00:00Z'))['day-of-week']).toBe(1);
  });
});
