// The one zone clock of the product: the offset of an IANA time zone from UTC at an instant, from Intl.DateTimeFormat (no zone tables bundled).

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
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

/** Zones that are UTC by definition, answered without Intl. */
function isUtc(timeZone: string): boolean {
  return timeZone === 'UTC' || timeZone === 'Etc/UTC' || timeZone === 'Etc/GMT' || timeZone === 'GMT';
}

/** Reads the offset from the wall-clock fields Intl reports for the instant (slow: one formatToParts). */
function measuredOffsetMs(epochMs: number, timeZone: string): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let beforeCommonEra = false;
  for (const part of formatter(timeZone).formatToParts(new Date(epochMs))) {
    const n = Number(part.value);
    if (part.type === 'year') year = n;
    else if (part.type === 'month') month = n;
    else if (part.type === 'day') day = n;
    else if (part.type === 'hour') hour = n;
    else if (part.type === 'minute') minute = n;
    else if (part.type === 'second') second = n;
    else if (part.type === 'era') beforeCommonEra = part.value === 'BC' || part.value === 'B';
  }
  // setUTCFullYear, unlike Date.UTC, leaves years 0-99 alone.
  const wall = new Date(0);
  wall.setUTCFullYear(beforeCommonEra ? 1 - year : year, month - 1, day);
  wall.setUTCHours(hour, minute, second, 0);
  return wall.getTime() - Math.floor(epochMs / 1000) * 1000;
}

const HOUR_MS = 3_600_000;
/** Most cached hours of one zone before its cache starts again (about 20 years of hours). */
const CACHE_LIMIT = 200_000;
/** Per zone, the offset in force for a whole UTC hour, by hour; null when a transition falls inside it. */
const hourOffsets = new Map<string, Map<number, number | null>>();

/**
 * Milliseconds to add to UTC to get the wall-clock time of `timeZone` at `epochMs`
 * (Europe/Lisbon in July: 3,600,000; America/New_York in January: −18,000,000). The wall clock is
 * read with Intl.DateTimeFormat to the second (old local mean times such as Monrovia's −0:44:30 are
 * kept whole). Offsets change only at transitions, so the offset of each UTC hour is measured once,
 * at its first and last millisecond, and reused for every instant in it; an hour with a transition
 * inside (rare, and not always on the hour: Lord Howe moves by 30 minutes) is measured at each
 * instant. Importing or refreshing hundreds of thousands of orders then costs a few thousand Intl
 * calls, not one each. Every part of the product that turns instants into wall clocks (core, the
 * workbook store, the emulator's Utilities and display values) goes through this function.
 * @throws {RangeError} when `timeZone` is not a zone Intl knows.
 * @example zoneOffsetMs(Date.UTC(2024, 6, 1), 'Europe/Lisbon') // => 3_600_000
 */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  if (isUtc(timeZone)) return 0;
  const hour = Math.floor(epochMs / HOUR_MS);
  let hours = hourOffsets.get(timeZone);
  if (!hours) {
    hours = new Map();
    hourOffsets.set(timeZone, hours);
  }
  let offset = hours.get(hour);
  if (offset === undefined) {
    const start = measuredOffsetMs(hour * HOUR_MS, timeZone);
    offset = start === measuredOffsetMs(hour * HOUR_MS + HOUR_MS - 1, timeZone) ? start : null;
    if (hours.size >= CACHE_LIMIT) hours.clear();
    hours.set(hour, offset);
  }
  return offset ?? measuredOffsetMs(epochMs, timeZone);
}
