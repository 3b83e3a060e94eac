import { describe, expect, it } from 'vitest';
import { wallClockToInstant } from '../../../src/core/clean/wall-clock-to-instant';

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
