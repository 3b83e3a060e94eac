// The instant at which a wall-clock date and time occurs in an IANA time zone, gaps and overlaps resolved as Java does.
import { zoneOffsetMs } from './zone-offset';

const DAY_MS = 86_400_000;

/**
 * Epoch milliseconds of the wall-clock time (month 1–12) in `timeZone`, with the rule of
 * java.time.ZonedDateTime.of, which Apps Script's Java side and Google Sheets follow:
 * - a time skipped by a spring-forward gap is moved forward by the length of the gap
 *   (America/New_York 2024-03-10 02:30 → 03:30 EDT; Australia/Lord_Howe, whose gap is 30 minutes,
 *   2024-10-06 02:15 → 02:45);
 * - a time repeated by an autumn overlap takes the earlier offset, i.e. the first pass
 *   (America/New_York 2024-11-03 01:30 → 01:30 EDT, 05:30 UTC).
 * The offsets a day before and a day after bracket any transition near the reading (no zone
 * changes twice in two days): when they agree that offset is the answer (two cached lookups);
 * otherwise each candidate is kept only if it reads back as the wall clock.
 * @throws {RangeError} when `timeZone` is not a zone Intl knows.
 * @example wallClockToInstant(2024, 1, 5, 10, 11, 0, 0, 'Europe/Paris') // => Date.UTC(2024, 0, 5, 9, 11)
 */
export function wallClockToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
  timeZone: string,
): number {
  if (year >= 100)
    return utcReadingToInstant(Date.UTC(year, month - 1, day, hour, minute, second, millisecond), timeZone);
  // Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear leaves them alone.
  const naive = new Date(0);
  naive.setUTCFullYear(year, month - 1, day);
  naive.setUTCHours(hour, minute, second, millisecond);
  return utcReadingToInstant(naive.getTime(), timeZone);
}

/** The instant of a wall clock given as the epoch milliseconds its fields would be in UTC. */
function utcReadingToInstant(wall: number, timeZone: string): number {
  const before = zoneOffsetMs(wall - DAY_MS, timeZone);
  const after = zoneOffsetMs(wall + DAY_MS, timeZone);
  if (before === after) return wall - before;
  // The larger offset gives the earlier instant: try it first so an overlap takes its first pass.
  for (const offset of before > after ? [before, after] : [after, before]) {
    if (zoneOffsetMs(wall - offset, timeZone) === offset) return wall - offset;
  }
  // No instant reads this way: a gap. The offset in force before it lands past the gap.
  return wall - before;
}

/**
 * wallClockToInstant of a wall clock carried in the UTC fields of a Date, as .xlsx readers and
 * date serials give one.
 * @example utcFieldsToInstant(new Date(Date.UTC(2024, 0, 5, 10, 11)), 'Europe/Paris') // => Date.UTC(2024, 0, 5, 9, 11)
 */
export function utcFieldsToInstant(wall: Date, timeZone: string): number {
  return utcReadingToInstant(wall.getTime(), timeZone);
}
