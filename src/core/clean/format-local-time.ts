// An instant as the wall-clock time people read in a spreadsheet's zone: "2024-06-01 14:00".
import { zoneOffsetMs } from './zone-offset';

/**
 * "YYYY-MM-DD HH:mm" of the instant in `timeZone` (minutes, not seconds: it names an event to a
 * person). Accepts a Date or ISO text; text that is not a date comes back as it is.
 * @throws {RangeError} when `timeZone` is not a zone Intl knows.
 * @example formatLocalTime('2024-06-01T12:00:00Z', 'Europe/Lisbon') // => '2024-06-01 13:00'
 */
export function formatLocalTime(instant: Date | string, timeZone: string): string {
  const ms = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  if (Number.isNaN(ms)) return String(instant);
  const wall = new Date(ms + zoneOffsetMs(ms, timeZone));
  return wall.toISOString().slice(0, 16).replace('T', ' ');
}
