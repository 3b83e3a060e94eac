import { describe, expect, it } from 'vitest';
import { utcFieldsToInstant, wallClockToInstant } from '../../../src/core/clean/wall-clock-to-instant';
import { zoneOffsetMs } from '../../../src/core/clean/zone-offset';

// 2024 transitions (IANA tz database): New York 03-10 02:00 EST → 03:00 EDT and 11-03 02:00 EDT →
// 01:00 EST; Berlin 03-31 02:00 CET → 03:00 CEST and 10-27 03:00 CEST → 02:00 CET; Lord Howe
// 04-07 02:00 +11 → 01:30 +10:30 and 10-06 02:00 +10:30 → 02:30 +11; Tokyo keeps +9 all year.
const at = (zone: string, y: number, mo: number, d: number, h: number, mi: number) =>
  new Date(wallClockToInstant(y, mo, d, h, mi, 0, 0, zone)).toISOString();

describe('wallClockToInstant', () => {
  it('inverts the offset away from transitions', () => {
    expect(wallClockToInstant(2024, 1, 5, 10, 11, 0, 0, 'Europe/Paris')).toBe(Date.UTC(2024, 0, 5, 9, 11));
    expect(at('Asia/Tokyo', 2024, 3, 10, 2, 30)).toBe('2024-03-09T17:30:00.000Z');
    expect(at('Asia/Tokyo', 2024, 11, 3, 1, 30)).toBe('2024-11-02T16:30:00.000Z');
    expect(at('Etc/UTC', 2024, 3, 10, 2, 30)).toBe('2024-03-10T02:30:00.000Z');
  });

  it('moves a wall time inside a spring-forward gap forward by the length of the gap', () => {
    // 02:30 does not exist: it is read as 03:30 EDT (07:30 UTC), as java.time and Sheets do.
    expect(at('America/New_York', 2024, 3, 10, 2, 30)).toBe('2024-03-10T07:30:00.000Z');
    // 02:30 in Berlin becomes 03:30 CEST (01:30 UTC).
    expect(at('Europe/Berlin', 2024, 3, 31, 2, 30)).toBe('2024-03-31T01:30:00.000Z');
    // Lord Howe's gap is 30 minutes: 02:15 becomes 02:45 +11 (15:45 UTC the day before).
    expect(at('Australia/Lord_Howe', 2024, 10, 6, 2, 15)).toBe('2024-10-05T15:45:00.000Z');
    // The edges of the gap: its first minute is moved, the first real minute after it is kept.
    expect(at('America/New_York', 2024, 3, 10, 2, 0)).toBe('2024-03-10T07:00:00.000Z');
    expect(at('America/New_York', 2024, 3, 10, 3, 0)).toBe('2024-03-10T07:00:00.000Z');
    expect(at('America/New_York', 2024, 3, 10, 1, 59)).toBe('2024-03-10T06:59:00.000Z');
  });

  it('takes the earlier offset (the first pass) for a wall time an autumn overlap repeats', () => {
    // 01:30 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST).
    expect(at('America/New_York', 2024, 11, 3, 1, 30)).toBe('2024-11-03T05:30:00.000Z');
    // 02:30 happens at 00:30 UTC (CEST) and 01:30 UTC (CET).
    expect(at('Europe/Berlin', 2024, 10, 27, 2, 30)).toBe('2024-10-27T00:30:00.000Z');
    // 01:45 happens at 14:45 UTC (+11) and 15:15 UTC (+10:30).
    expect(at('Australia/Lord_Howe', 2024, 4, 7, 1, 45)).toBe('2024-04-06T14:45:00.000Z');
  });

  it('reads back as the same wall clock for every quarter hour of a year outside the gaps', () => {
    for (const zone of ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Tokyo']) {
      for (let wall = Date.UTC(2024, 0, 1); wall < Date.UTC(2025, 0, 1); wall += 15 * 60_000) {
        const d = new Date(wall);
        const instant = wallClockToInstant(
          d.getUTCFullYear(),
          d.getUTCMonth() + 1,
          d.getUTCDate(),
          d.getUTCHours(),
          d.getUTCMinutes(),
          0,
          0,
          zone,
        );
        const back = instant + zoneOffsetMs(instant, zone);
        // In a gap the reading lands later by the gap (60 or 30 minutes); everywhere else exactly.
        expect([0, 30 * 60_000, 60 * 60_000]).toContain(back - wall);
        if (back !== wall)
          expect(zoneOffsetMs(instant, zone)).toBeGreaterThan(zoneOffsetMs(instant - 86_400_000, zone));
      }
    }
  });

  it('keeps years 0–99 as they are', () => {
    expect(new Date(wallClockToInstant(50, 6, 1, 12, 0, 0, 0, 'Etc/UTC')).getUTCFullYear()).toBe(50);
  });
});

describe('utcFieldsToInstant', () => {
  it('reads the wall clock carried in the UTC fields of a Date, with the gap rule of wallClockToInstant', () => {
    const paris = Object.freeze(new Date(Date.UTC(2024, 0, 5, 10, 11)));
    expect(utcFieldsToInstant(paris, 'Europe/Paris')).toBe(Date.UTC(2024, 0, 5, 9, 11));
    // 02:30 does not exist in New York on 2024-03-10: it is 03:30 EDT, 07:30 UTC.
    expect(utcFieldsToInstant(new Date(Date.UTC(2024, 2, 10, 2, 30)), 'America/New_York')).toBe(
      Date.UTC(2024, 2, 10, 7, 30),
    );
    expect(paris.getTime()).toBe(Date.UTC(2024, 0, 5, 10, 11));
  });
});
