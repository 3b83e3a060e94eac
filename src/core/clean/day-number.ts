// The calendar day of an instant in a time zone, as a whole number of days since 1970-01-01.
import { zoneOffsetMs } from './zone-offset';

const DAY_MS = 86_400_000;

/**
 * Days from 1970-01-01 to the date the wall clock of `timeZone` shows at `instant`
 * (floor((instant + offset) / 1 day)). Two orders on the same local day share a day number even
 * when their UTC dates differ.
 * @throws {RangeError} when `timeZone` is not a zone Intl knows.
 * @example dayNumber(new Date('2024-01-05T23:30:00Z'), 'Europe/Berlin') // => 19728 (2024-01-06)
 */
export function dayNumber(instant: Date, timeZone: string): number {
  const ms = instant.getTime();
  return Math.floor((ms + zoneOffsetMs(ms, timeZone)) / DAY_MS);
}
