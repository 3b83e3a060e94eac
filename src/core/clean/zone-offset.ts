// Offset of an IANA time zone from UTC at an instant, computed with Intl.DateTimeFormat (no zone tables bundled).

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Reads the offset from the wall-clock fields Intl reports for the instant (slow: one formatToParts). */
function measuredOffsetMinutes(epochMs: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wall = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
  const whole = epochMs - (((epochMs % 1000) + 1000) % 1000);
  return Math.round((wall - whole) / 60_000);
}

const HOUR_MS = 3_600_000;
/** Most cached hours before the cache starts again (a few years of hourly orders in one zone). */
const CACHE_LIMIT = 100_000;
/** Offset in force for a whole UTC hour, by zone and hour; null when a transition falls inside it. */
const hourOffsets = new Map<string, number | null>();

/**
 * Minutes to add to UTC to get the wall-clock time of `timeZone` at `epochMs`
 * (Europe/Lisbon in July: 60; America/New_York in January: −300). The wall clock is read with
 * Intl.DateTimeFormat and compared with the same fields in UTC. Offsets change only at
 * transitions, so the offset of each UTC hour is measured once, at its first and last
 * millisecond, and reused for every instant in it; an hour with a transition inside (rare, and
 * not always on the hour: Lord Howe moves by 30 minutes) is measured at each instant. Importing or
 * refreshing hundreds of thousands of orders then costs a few thousand Intl calls, not one each.
 * @throws {RangeError} when `timeZone` is not a zone Intl knows.
 * @example zoneOffsetMinutes(Date.UTC(2024, 6, 1), 'Europe/Lisbon') // => 60
 */
export function zoneOffsetMinutes(epochMs: number, timeZone: string): number {
  const hour = Math.floor(epochMs / HOUR_MS);
  const key = `${timeZone} ${hour}`;
  let offset = hourOffsets.get(key);
  if (offset === undefined) {
    const start = measuredOffsetMinutes(hour * HOUR_MS, timeZone);
    offset = start === measuredOffsetMinutes(hour * HOUR_MS + HOUR_MS - 1, timeZone) ? start : null;
    if (hourOffsets.size >= CACHE_LIMIT) hourOffsets.clear();
    hourOffsets.set(key, offset);
  }
  return offset ?? measuredOffsetMinutes(epochMs, timeZone);
}
