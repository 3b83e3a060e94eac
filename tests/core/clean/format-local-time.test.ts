import { describe, expect, it } from 'vitest';
import { formatLocalTime } from '../../../src/core/clean/format-local-time';

describe('formatLocalTime', () => {
  it('reads the wall clock of the zone, across daylight saving time (IANA rules)', () => {
    expect(formatLocalTime('2024-06-01T12:00:00Z', 'Europe/Lisbon')).toBe('2024-06-01 13:00');
    expect(formatLocalTime('2024-01-15T12:00:00Z', 'Europe/Lisbon')).toBe('2024-01-15 12:00');
    expect(formatLocalTime(new Date('2024-03-10T06:59:00Z'), 'America/New_York')).toBe('2024-03-10 01:59');
    expect(formatLocalTime(new Date('2024-03-10T07:00:00Z'), 'America/New_York')).toBe('2024-03-10 03:00');
    expect(formatLocalTime('2024-12-31T23:30:00Z', 'Asia/Kolkata')).toBe('2025-01-01 05:00');
  });

  it('gives back text that is not a date as it is', () => {
    expect(formatLocalTime('now', 'Etc/UTC')).toBe('now');
  });
});
