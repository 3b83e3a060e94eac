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

/**
 * Minutes to add to UTC to get the wall-clock time of `timeZone` at `epochMs`
 * (Europe/Lisbon in July: 60; America/New_York in January: −300). The wall clock is read with
 * Intl.DateTimeFormat and compared with the same fields in UTC.
 * @throws {RangeError} when `timeZone` is not a zone Intl knows.
 * @example zoneOffsetMinutes(Date.UTC(2024, 6, 1), 'Europe/Lisbon') // => 60
 */
export function zoneOffsetMinutes(epochMs: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wall = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
  const whole = epochMs - (((epochMs % 1000) + 1000) % 1000);
  return Math.round((wall - whole) / 60_000);
}
