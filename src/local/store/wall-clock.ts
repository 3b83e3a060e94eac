// Instants <-> wall-clock readings in an IANA zone, for date cells that carry no zone.
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
const CACHE_LIMIT = 200_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Offset in force for a whole UTC hour, keyed by zone and hour; null when a transition falls inside it. */
const hourOffsets = new Map<string, number | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
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
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function isUtc(timeZone: string): boolean {
  return timeZone === 'UTC' || timeZone === 'Etc/UTC' || timeZone === 'Etc/GMT' || timeZone === 'GMT';
}

/** Offset east of Greenwich at `epochMs`, from the fields Intl reports (whole seconds). */
function exactOffsetMs(epochMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let beforeCommonEra = false;
  for (const part of parts) {
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

/**
 * Offset at `epochMs`. Offsets hold for months at a time, so the offset of a whole UTC hour is cached
 * when it is the same at both ends of the hour (no zone has ever changed offset twice within an hour).
 */
function offsetMs(epochMs: number, timeZone: string): number {
  if (isUtc(timeZone)) return 0;
  const hour = Math.floor(epochMs / MS_PER_HOUR);
  const key = `${timeZone}|${hour}`;
  let cached = hourOffsets.get(key);
  if (cached === undefined) {
    const start = exactOffsetMs(hour * MS_PER_HOUR, timeZone);
    const end = exactOffsetMs((hour + 1) * MS_PER_HOUR - 1, timeZone);
    cached = start === end ? start : null;
    if (hourOffsets.size >= CACHE_LIMIT) hourOffsets.clear();
    hourOffsets.set(key, cached);
  }
  return cached ?? exactOffsetMs(epochMs, timeZone);
}

/**
 * The wall clock of `instant` in `timeZone`, as a Date whose UTC fields read that wall clock (the form
 * in which a spreadsheet serial, which has no zone, is handed to and from exceljs).
 * Throws RangeError when `timeZone` is not an IANA zone Intl knows.
 */
export function wallClockOf(instant: Date, timeZone: string): Date {
  const ms = instant.getTime();
  return new Date(ms + offsetMs(ms, timeZone));
}

/**
 * The instant at which the wall clock in `timeZone` reads the UTC fields of `wall`. A reading skipped by
 * a spring-forward gap is moved forward by the gap; a reading repeated by a fall-back overlap is the
 * earlier instant (java.util.GregorianCalendar resolves both the same way, and so does Google Sheets).
 * Throws RangeError when `timeZone` is not an IANA zone Intl knows.
 */
export function instantOfWallClock(wall: Date, timeZone: string): Date {
  const wallMs = wall.getTime();
  if (isUtc(timeZone)) return new Date(wallMs);
  // Offsets a day before and after bracket any transition near this reading.
  const before = offsetMs(wallMs - MS_PER_DAY, timeZone);
  const after = offsetMs(wallMs + MS_PER_DAY, timeZone);
  const candidates =
    before === after ? [wallMs - before] : [wallMs - before, wallMs - after].sort((a, b) => a - b);
  for (const candidate of candidates) {
    if (candidate + offsetMs(candidate, timeZone) === wallMs) return new Date(candidate);
  }
  // No instant reads this way: a gap. The offset in force before it lands past the gap.
  return new Date(wallMs - before);
}
