import { describe, expect, it } from 'vitest';
import { instantFromZoned, zonedFields, zoneOffsetMs } from '../../../src/local/emulator/java-time-zone';

describe('zone arithmetic', () => {
  it('gives the offset and finds the instant for a wall time, across gaps and overlaps', () => {
    expect(zoneOffsetMs(new Date('2026-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe(19_800_000); // 5.5 h
    // 09:00 in New York on 9 March 2026 (EDT) is 13:00 UTC
    expect(
      instantFromZoned(
        { year: 2026, month: 3, day: 9, hour: 9, minute: 0 },
        'America/New_York',
      ).toISOString(),
    ).toBe('2026-03-09T13:00:00.000Z');
    // 02:30 does not exist on 8 March: Java's lenient calendar moves it to 03:30 EDT = 07:30 UTC
    expect(
      instantFromZoned(
        { year: 2026, month: 3, day: 8, hour: 2, minute: 30 },
        'America/New_York',
      ).toISOString(),
    ).toBe('2026-03-08T07:30:00.000Z');
    // 01:30 happens twice on 1 November: the earlier, EDT, is 05:30 UTC
    expect(
      instantFromZoned(
        { year: 2026, month: 11, day: 1, hour: 1, minute: 30 },
        'America/New_York',
      ).toISOString(),
    ).toBe('2026-11-01T05:30:00.000Z');
  });
});

describe('zonedFields', () => {
  it('reads the wall clock of an instant in a named and in a fixed Java zone', () => {
    const instant = new Date('2026-01-15T23:30:15.250Z');
    expect(zonedFields(instant, 'Asia/Kolkata')).toEqual({
      year: 2026,
      month: 1,
      day: 16,
      hour: 5,
      minute: 0,
      second: 15,
      millisecond: 250,
      weekday: 5,
    });
    expect(zonedFields(instant, 'GMT-3').hour).toBe(20);
    expect(zonedFields(instant, 'Not/AZone').hour).toBe(23); // Java reads an unknown ID as GMT
  });
});
