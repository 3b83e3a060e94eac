import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../src/core/formula/parse-day';

// Day numbers computed by hand: 2024-01-05 is 54 years after 1970 with 13 leap days
// (1972…2020), so 54 × 365 + 13 = 19723 days to 2024-01-01, plus 4 = 19727.
const JAN_5_2024 = 19727;
const UTC = 'Etc/UTC';
const TOKYO = 'Asia/Tokyo';
const NEW_YORK = 'America/New_York';

describe('parseDay', () => {
  it("counts a Date by its calendar date in the spreadsheet's zone, whatever its time of day", () => {
    expect(parseDay(new Date('2024-01-05T00:00:00Z'), 'date', UTC)).toBe(JAN_5_2024);
    expect(parseDay(new Date('2024-01-05T23:59:00Z'), 'date', UTC)).toBe(JAN_5_2024);
    expect(parseDay(new Date('1970-01-01T00:00:00Z'), 'date', UTC)).toBe(0);
    // A Tokyo date cell 2024-01-05 00:30 and 23:30 arrive as 2024-01-04T15:30Z and 2024-01-05T14:30Z.
    expect(parseDay(new Date('2024-01-04T15:30:00Z'), 'date', TOKYO)).toBe(JAN_5_2024);
    expect(parseDay(new Date('2024-01-05T14:30:00Z'), 'date', TOKYO)).toBe(JAN_5_2024);
    // New York midnight of 2024-01-05 is 05:00 UTC.
    expect(parseDay(new Date('2024-01-05T05:00:00Z'), 'date', NEW_YORK)).toBe(JAN_5_2024);
    expect(parseDay(new Date('2024-01-05T04:59:00Z'), 'date', NEW_YORK)).toBe(JAN_5_2024 - 1);
  });
  it('accepts a Date built in another realm', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2024, 0, 4, 15, 30))');
    expect(parseDay(foreign, 'date', TOKYO)).toBe(JAN_5_2024);
  });
  it('reads ISO date text as that calendar date in any zone', () => {
    for (const zone of [UTC, TOKYO, NEW_YORK]) {
      expect(parseDay('2024-01-05', 'date', zone)).toBe(JAN_5_2024);
      expect(parseDay(' 2024-01-05 ', 'date', zone)).toBe(JAN_5_2024);
      expect(parseDay('1969-12-31', 'date', zone)).toBe(-1);
      expect(parseDay('2024-03-01', 'date', zone) - parseDay('2024-02-28', 'date', zone)).toBe(2); // 2024 is a leap year
    }
  });
  it('reads a wall-clock time without offset as that date', () => {
    expect(parseDay('2024-01-05T23:30:00', 'date', TOKYO)).toBe(JAN_5_2024);
    expect(parseDay('2024-01-05 00:10', 'date', NEW_YORK)).toBe(JAN_5_2024);
  });
  it("converts a time with an offset to its date in the spreadsheet's zone, never truncating", () => {
    // 2024-01-05 00:30 +01:00 is 2024-01-04 23:30 UTC, 2024-01-05 08:30 in Tokyo.
    expect(parseDay('2024-01-05T00:30:00+01:00', 'date', UTC)).toBe(JAN_5_2024 - 1);
    expect(parseDay('2024-01-05T00:30:00+0100', 'date', TOKYO)).toBe(JAN_5_2024);
    // 2024-01-05 23:30 -05:00 is 2024-01-06 04:30 UTC, 2024-01-05 23:30 in New York.
    expect(parseDay('2024-01-05T23:30:00-05:00', 'date', UTC)).toBe(JAN_5_2024 + 1);
    expect(parseDay('2024-01-05T23:30:00-05:00', 'date', NEW_YORK)).toBe(JAN_5_2024);
    expect(parseDay('2024-01-05T20:00:00Z', 'date', TOKYO)).toBe(JAN_5_2024 + 1);
    expect(parseDay('2024-01-05T12:00:00Z', 'date', UTC)).toBe(JAN_5_2024);
  });
  it('rejects impossible dates, other formats, numbers and blanks', () => {
    expect(() => parseDay('2024-02-30', 'date', UTC)).toThrow('date is not a real date');
    expect(() => parseDay('2024-01-05T25:00', 'date', UTC)).toThrow('date has an impossible time');
    expect(() => parseDay('05/01/2024', 'date', UTC)).toThrow('date is not a date: "05/01/2024"');
    expect(() => parseDay(45296, 'date', UTC)).toThrow('date is a number, not a date');
    expect(() => parseDay('', 'date', UTC)).toThrow('date is missing');
    expect(() => parseDay(new Date(Number.NaN), 'date', UTC)).toThrow('date is an invalid date');
  });
});
