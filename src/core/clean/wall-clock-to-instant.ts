// The instant at which a wall-clock date and time occurs in an IANA time zone.
import { zoneOffsetMinutes } from './zone-offset';

/**
 * Epoch milliseconds of the wall-clock time (month 1–12) in `timeZone`. The offset is looked up
 * at the naive UTC reading and once more at the corrected instant, which settles every time
 * except those a daylight-saving jump skips (they land one hour later, as clocks do).
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
  const naive = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const first = zoneOffsetMinutes(naive, timeZone);
  const guess = naive - first * 60_000;
  const second_ = zoneOffsetMinutes(guess, timeZone);
  return second_ === first ? guess : naive - second_ * 60_000;
}
