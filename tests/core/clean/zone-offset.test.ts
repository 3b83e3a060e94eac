import { describe, expect, it } from 'vitest';
import { zoneOffsetMs } from '../../../src/core/clean/zone-offset';

const MINUTE = 60_000;

describe('zoneOffsetMs', () => {
  it('gives the offset of a zone at an instant, daylight saving included (IANA tz database)', () => {
    expect(zoneOffsetMs(Date.UTC(2024, 6, 1), 'Europe/Lisbon')).toBe(60 * MINUTE);
    expect(zoneOffsetMs(Date.UTC(2024, 0, 1), 'Europe/Lisbon')).toBe(0);
    expect(zoneOffsetMs(Date.UTC(2024, 0, 1), 'America/New_York')).toBe(-300 * MINUTE);
    expect(zoneOffsetMs(Date.UTC(2024, 0, 1), 'Asia/Kolkata')).toBe(330 * MINUTE);
    expect(zoneOffsetMs(Date.UTC(2024, 0, 1, 12, 0, 0, 999), 'UTC')).toBe(0);
  });

  it('throws RangeError for an unknown zone', () => {
    expect(() => zoneOffsetMs(0, 'Nowhere/Else')).toThrow(RangeError);
  });
});

describe('zoneOffsetMs across transitions (IANA tz database rules)', () => {
  it('switches at the very millisecond of a change, on the hour or not', () => {
    // America/New_York springs forward at 2024-03-10 07:00 UTC (02:00 EST → 03:00 EDT).
    expect(zoneOffsetMs(Date.UTC(2024, 2, 10, 6, 59, 59, 999), 'America/New_York')).toBe(-300 * MINUTE);
    expect(zoneOffsetMs(Date.UTC(2024, 2, 10, 7), 'America/New_York')).toBe(-240 * MINUTE);
    // Australia/Lord_Howe moves by 30 minutes at 02:00 local on 2024-04-07 (+11 → +10:30), 15:00 UTC the day before.
    expect(zoneOffsetMs(Date.UTC(2024, 3, 6, 14, 59, 59), 'Australia/Lord_Howe')).toBe(660 * MINUTE);
    expect(zoneOffsetMs(Date.UTC(2024, 3, 6, 15, 0, 0), 'Australia/Lord_Howe')).toBe(630 * MINUTE);
    // Asia/Kathmandu: +5:30 until 1986-01-01 00:00 local (1985-12-31 18:30 UTC), then +5:45.
    expect(zoneOffsetMs(Date.UTC(1985, 11, 31, 18, 29, 59), 'Asia/Kathmandu')).toBe(330 * MINUTE);
    expect(zoneOffsetMs(Date.UTC(1985, 11, 31, 18, 30, 0), 'Asia/Kathmandu')).toBe(345 * MINUTE);
  });

  it('gives the same offset for every minute of a year as reading the wall clock each time', () => {
    // An independent reading: the zone's wall clock as en-US text, parsed back as if it were UTC.
    const direct = (ms: number, zone: string) =>
      Date.parse(`${new Date(ms).toLocaleString('en-US', { timeZone: zone, hourCycle: 'h23' })} UTC`) - ms;
    for (const zone of ['Europe/Lisbon', 'America/Sao_Paulo', 'Australia/Lord_Howe']) {
      for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2025, 0, 1); ms += 97 * 60_000) {
        expect(zoneOffsetMs(ms, zone)).toBe(direct(ms, zone));
      }
    }
  });
});
