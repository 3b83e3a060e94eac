// Time zones as Apps Script's Java side reads them: fixed 'GMT+hh:mm' IDs, unknown IDs as GMT, named zones from the core zone clock.
import { wallClockToInstant } from '../../core/clean/wall-clock-to-instant';
import { zoneOffsetMs as coreZoneOffsetMs } from '../../core/clean/zone-offset';

/** Calendar fields of an instant as read on a wall clock in a time zone; month 1-12, weekday 0 = Sunday. */
export interface ZonedFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
}

const FIXED_OFFSET = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/;

/** Minutes east of UTC for Java-style custom zones ('GMT+5:30'), or null for a named zone. */
export function fixedOffsetMinutes(timeZone: string): number | null {
  const match = FIXED_OFFSET.exec(timeZone);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

const KNOWN = new Set<string>();

/**
 * The IANA zone to hand to Intl, Java's way: an ID Java does not know (here: Intl does not know) means
 * GMT, as java.util.TimeZone.getTimeZone does.
 */
export function knownZone(timeZone: string): string {
  if (KNOWN.has(timeZone)) return timeZone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    KNOWN.add(timeZone);
    return timeZone;
  } catch {
    return 'Etc/GMT';
  }
}

/**
 * Offset of `timeZone` from UTC at `date`, in milliseconds (positive east of Greenwich): Java's
 * fixed 'GMT+hh:mm' IDs here, named zones from the core zone clock.
 */
export function zoneOffsetMs(date: Date, timeZone: string): number {
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== null) return fixed * 60_000;
  return coreZoneOffsetMs(date.getTime(), knownZone(timeZone));
}

/** The wall-clock fields of `date` in `timeZone`. */
export function zonedFields(date: Date, timeZone: string): ZonedFields {
  const local = new Date(date.getTime() + zoneOffsetMs(date, timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
  };
}

/**
 * The instant whose wall clock in `timeZone` reads the given fields (month 1-12). In a gap (spring
 * forward) the result is shifted forward by the gap; in an overlap (fall back) it is the earlier instant
 * (the core's wallClockToInstant, Java's rule).
 */
export function instantFromZoned(
  fields: Pick<ZonedFields, 'year' | 'month' | 'day' | 'hour' | 'minute'> & { second?: number },
  timeZone: string,
): Date {
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== null) {
    const wall = new Date(0);
    wall.setUTCFullYear(fields.year, fields.month - 1, fields.day);
    wall.setUTCHours(fields.hour, fields.minute, fields.second ?? 0, 0);
    return new Date(wall.getTime() - fixed * 60_000);
  }
  return new Date(
    wallClockToInstant(
      fields.year,
      fields.month,
      fields.day,
      fields.hour,
      fields.minute,
      fields.second ?? 0,
      0,
      knownZone(timeZone),
    ),
  );
}
