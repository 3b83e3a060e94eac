import { describe, expect, it } from 'vitest';
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
