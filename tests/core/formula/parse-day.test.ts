import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../src/core/formula/parse-day';

// Day numbers computed by hand: 2024-01-05 is 54 years after 1970 with 13 leap days
// (1972…2020), so 54 × 365 + 13 = 19723 days to 2024-01-01, plus 4 = 19727.
const JAN_5_2024 = 19727;

describe('parseDay', () => {
  it('counts a Date by its local calendar date, whatever its time of day', () => {
    expect(parseDay(new Date(2024, 0, 5), 'date')).toBe(JAN_5_2024);
    expect(parseDay(new Date(2024, 0, 5, 23, 59), 'date')).toBe(JAN_5_2024);
    expect(parseDay(new Date(1970, 0, 1), 'date')).toBe(0);
  });
  it('accepts a Date built in another realm', () => {
    const foreign = vm.runInNewContext('new Date(2024, 0, 5)');
    expect(parseDay(foreign, 'date')).toBe(JAN_5_2024);
  });
  it('reads ISO date text as that calendar date', () => {
    expect(parseDay('2024-01-05', 'date')).toBe(JAN_5_2024);
    expect(parseDay(' 2024-01-05 ', 'date')).toBe(JAN_5_2024);
    expect(parseDay('1969-12-31', 'date')).toBe(-1);
    expect(parseDay('2024-03-01', 'date') - parseDay('2024-02-28', 'date')).toBe(2); // 2024 is a leap year
  });
  it('reads a local time without offset as that date', () => {
    expect(parseDay('2024-01-05T23:30:00', 'date')).toBe(JAN_5_2024);
    expect(parseDay('2024-01-05 00:10', 'date')).toBe(JAN_5_2024);
  });
  it('converts a time with an offset to the local calendar date, never truncating', () => {
    // The same instant seen from this process's zone: new Date parses the offset itself.
    const expected = (iso: string) => {
      const d = new Date(iso);
      return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);
    };
    for (const iso of ['2024-01-05T10:11:00+01:00', '2024-01-05T00:30:00+01:00', '2024-01-05T23:30:00-05:00'])
      expect(parseDay(iso, 'date')).toBe(expected(iso));
    expect(parseDay('2024-01-05T00:30:00+0100', 'date')).toBe(expected('2024-01-05T00:30:00+01:00'));
    expect(parseDay('2024-01-05T12:00:00Z', 'date')).toBe(expected('2024-01-05T12:00:00Z'));
  });
  it('moves to the previous day in a UTC process when the offset crosses midnight', () => {
    if (new Date(0).getTimezoneOffset() !== 0) return; // the claim is about a UTC calendar
    expect(parseDay('2024-01-05T00:30:00+01:00', 'date')).toBe(JAN_5_2024 - 1);
  });
  it('rejects impossible dates, other formats, numbers and blanks', () => {
    expect(() => parseDay('2024-02-30', 'date')).toThrow('date is not a real date');
    expect(() => parseDay('2024-01-05T25:00', 'date')).toThrow('date has an impossible time');
    expect(() => parseDay('05/01/2024', 'date')).toThrow('date is not a date: "05/01/2024"');
    expect(() => parseDay(45296, 'date')).toThrow('date is a number, not a date');
    expect(() => parseDay('', 'date')).toThrow('date is missing');
    expect(() => parseDay(new Date(Number.NaN), 'date')).toThrow('date is an invalid date');
  });
});
