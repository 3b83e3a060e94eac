import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/core/clean/day-number';
import { wallClockToInstant } from '../../../src/core/clean/wall-clock-to-instant';
import { zoneOffsetMinutes } from '../../../src/core/clean/zone-offset';

describe('zoneOffsetMinutes', () => {
  it('gives the offset of a zone at an instant, daylight saving included (IANA tz database)', () => {
    expect(zoneOffsetMinutes(Date.UTC(2024, 6, 1), 'Europe/Lisbon')).toBe(60);
    expect(zoneOffsetMinutes(Date.UTC(2024, 0, 1), 'Europe/Lisbon')).toBe(0);
    expect(zoneOffsetMinutes(Date.UTC(2024, 0, 1), 'America/New_York')).toBe(-300);
    expect(zoneOffsetMinutes(Date.UTC(2024, 0, 1), 'Asia/Kolkata')).toBe(330);
    expect(zoneOffsetMinutes(Date.UTC(2024, 0, 1, 12, 0, 0, 999), 'UTC')).toBe(0);
  });

  it('throws RangeError for an unknown zone', () => {
    expect(() => zoneOffsetMinutes(0, 'Nowhere/Else')).toThrow(RangeError);
  });
});

describe('wallClockToInstant', () => {
  it('inverts the offset, including the hour repeated when clocks go back', () => {
    expect(wallClockToInstant(2024, 1, 5, 10, 11, 0, 0, 'Europe/Paris')).toBe(Date.UTC(2024, 0, 5, 9, 11));
    // New York 2024-11-03 01:30 happens twice (EDT, then EST from 06:00 UTC). The offset looked up
    // at the naive 01:30 UTC is EDT (−240) and holds at 05:30 UTC, so the earlier reading is chosen.
    expect(wallClockToInstant(2024, 11, 3, 1, 30, 0, 0, 'America/New_York')).toBe(
      Date.UTC(2024, 10, 3, 5, 30),
    );
  });
});

describe('dayNumber', () => {
  it('counts the local calendar day, not the UTC one', () => {
    const instant = new Date('2024-01-05T23:30:00Z');
    // Berlin shows 2024-01-06 00:30; New York 2024-01-05 18:30. Day numbers from Date.UTC / 86 400 000.
    expect(dayNumber(instant, 'Europe/Berlin')).toBe(Date.UTC(2024, 0, 6) / 86_400_000);
    expect(dayNumber(instant, 'America/New_York')).toBe(Date.UTC(2024, 0, 5) / 86_400_000);
    expect(dayNumber(new Date('1969-12-31T23:00:00Z'), 'UTC')).toBe(-1);
  });
});
