// Instants <-> wall-clock readings in an IANA zone, for date cells that carry no zone (exceljs' Date form of the core zone clock).
import { utcFieldsToInstant } from '../../core/clean/wall-clock-to-instant';
import { zoneOffsetMs } from '../../core/clean/zone-offset';

/**
 * The wall clock of `instant` in `timeZone`, as a Date whose UTC fields read that wall clock (the form
 * in which a spreadsheet serial, which has no zone, is handed to and from exceljs).
 * Throws RangeError when `timeZone` is not an IANA zone Intl knows.
 */
export function wallClockOf(instant: Date, timeZone: string): Date {
  const ms = instant.getTime();
  return new Date(ms + zoneOffsetMs(ms, timeZone));
}

/**
 * The instant at which the wall clock in `timeZone` reads the UTC fields of `wall`, with the core's
 * rule (wallClockToInstant): a reading skipped by a spring-forward gap is moved forward by the gap, a
 * reading repeated by a fall-back overlap is the earlier instant.
 * Throws RangeError when `timeZone` is not an IANA zone Intl knows.
 */
export function instantOfWallClock(wall: Date, timeZone: string): Date {
  return new Date(utcFieldsToInstant(wall, timeZone));
}
