import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantOfWallClock, wallClockOf } from '../../../src/local/store/wall-clock';

// Transition dates: US DST 2026 runs from the second Sunday of March (Mar 8, 02:00 EST -> 03:00 EDT) to the
// first Sunday of November (Nov 1, 02:00 EDT -> 01:00 EST) [15 U.S.C. 260a]; India keeps UTC+05:30 all year.
const iso = (text: string) => new Date(text);

describe('wallClockOf', () => {
  it('reads the UTC wall clock unchanged', () => {
    expect(wallClockOf(iso('2026-05-17T13:45:10.250Z'), 'Etc/UTC')).toEqual(iso('2026-05-17T13:45:10.250Z'));
  });

  it('reads New York either side of the spring-forward gap', () => {
    // 06:59Z - 5 h = 01:59 EST; 07:00Z - 4 h = 03:00 EDT.
    expect(wallClockOf(iso('2026-03-08T06:59:00Z'), 'America/New_York')).toEqual(iso('2026-03-08T01:59:00Z'));
    expect(wallClockOf(iso('2026-03-08T07:00:00Z'), 'America/New_York')).toEqual(iso('2026-03-08T03:00:00Z'));
  });

  it('reads Kolkata at +05:30 and keeps milliseconds', () => {
    // 20:45:30.125Z + 5 h 30 min = 02:15:30.125 the next day.
    expect(wallClockOf(iso('2026-01-15T20:45:30.125Z'), 'Asia/Kolkata')).toEqual(
      iso('2026-01-16T02:15:30.125Z'),
    );
  });

  it('throws RangeError for a zone Intl does not know', () => {
    expect(() => wallClockOf(iso('2026-01-01T00:00:00Z'), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('instantOfWallClock', () => {
  it('inverts wallClockOf away from transitions', () => {
    // 09:00 EDT = 13:00Z; 09:00 IST = 03:30Z.
    expect(instantOfWallClock(iso('2026-07-04T09:00:00Z'), 'America/New_York')).toEqual(
      iso('2026-07-04T13:00:00Z'),
    );
    expect(instantOfWallClock(iso('2026-07-04T09:00:00Z'), 'Asia/Kolkata')).toEqual(
      iso('2026-07-04T03:30:00Z'),
    );
  });

  it('moves a reading inside the spring-forward gap forward by the gap', () => {
    // 02:30 does not exist on Mar 8 in New York; with the EST offset it is 07:30Z = 03:30 EDT.
    expect(instantOfWallClock(iso('2026-03-08T02:30:00Z'), 'America/New_York')).toEqual(
      iso('2026-03-08T07:30:00Z'),
    );
  });

  it('takes the earlier instant for a reading the fall-back repeats', () => {
    // 01:30 on Nov 1 happens at 05:30Z (EDT) and again at 06:30Z (EST).
    expect(instantOfWallClock(iso('2026-11-01T01:30:00Z'), 'America/New_York')).toEqual(
      iso('2026-11-01T05:30:00Z'),
    );
  });

  it('round-trips every instant except the second pass through a repeated hour', () => {
    const zones = ['Etc/UTC', 'America/New_York', 'Asia/Kolkata', 'Europe/London', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2080, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const instant = new Date(ms);
          const wall = wallClockOf(instant, zone);
          const back = instantOfWallClock(wall, zone);
          expect(wallClockOf(back, zone)).toEqual(wall);
          // Lord Howe falls back by 30 minutes, the others by an hour.
          expect([0, 1_800_000, 3_600_000]).toContain(ms - back.getTime());
        },
      ),
      { numRuns: 300, seed: 20260308 },
    );
  });
});

describe('one zone clock', () => {
  it('reads a wall time the same in the core, the store, the emulator and its display values', async () => {
    const { wallClockToInstant } = await import('../../../src/core/clean/wall-clock-to-instant');
    const { instantFromZoned } = await import('../../../src/local/emulator/java-time-zone');
    const { displayValue } = await import('../../../src/local/emulator/display-value');
    // 2024-03-10 02:30 falls in New York's spring-forward gap: everyone reads it as 03:30 EDT.
    const core = wallClockToInstant(2024, 3, 10, 2, 30, 0, 0, 'America/New_York');
    const store = instantOfWallClock(iso('2024-03-10T02:30:00Z'), 'America/New_York').getTime();
    const emulator = instantFromZoned(
      { year: 2024, month: 3, day: 10, hour: 2, minute: 30 },
      'America/New_York',
    );
    expect(new Date(core).toISOString()).toBe('2024-03-10T07:30:00.000Z');
    expect(store).toBe(core);
    expect(emulator.getTime()).toBe(core);
    expect(displayValue(new Date(core), 'yyyy-mm-dd hh:mm', 'America/New_York')).toBe('2024-03-10 03:30');
    expect(wallClockOf(new Date(core), 'America/New_York')).toEqual(iso('2024-03-10T03:30:00Z'));
  });
});
