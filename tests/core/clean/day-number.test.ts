import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/core/clean/day-number';

describe('dayNumber', () => {
  it('counts the local calendar day, not the UTC one', () => {
    const instant = new Date('2024-01-05T23:30:00Z');
    // Berlin shows 2024-01-06 00:30; New York 2024-01-05 18:30. Day numbers from Date.UTC / 86 400 000.
    expect(dayNumber(instant, 'Europe/Berlin')).toBe(Date.UTC(2024, 0, 6) / 86_400_000);
    expect(dayNumber(instant, 'America/New_York')).toBe(Date.UTC(2024, 0, 5) / 86_400_000);
    expect(dayNumber(new Date('1969-12-31T23:00:00Z'), 'UTC')).toBe(-1);
  });
});
