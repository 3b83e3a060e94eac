import { describe, expect, it } from 'vitest';
import { calendarDay } from '../../../src/core/segments/calendar-day';

describe('calendarDay', () => {
  it('numbers real days from 1970-01-01 and refuses days that do not exist', () => {
    expect(calendarDay(1970, 1, 1)).toBe(0);
    expect(calendarDay(2024, 2, 29)).toBe(19_782); // 2024 is a leap year
    expect(calendarDay(1969, 12, 31)).toBe(-1);
    expect(calendarDay(2023, 2, 29)).toBeUndefined();
    expect(calendarDay(2024, 13, 45)).toBeUndefined();
    expect(calendarDay(2024, 4, 31)).toBeUndefined();
  });
});
