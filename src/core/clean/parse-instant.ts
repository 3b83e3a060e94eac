// Reads a date or date-time from a cell or CSV field into an instant, honouring UTC offsets.
import { cellError } from './cell-error';
import { fail, ok, type Parsed } from './parsed';
import { utcFieldsToInstant, wallClockToInstant } from './wall-clock-to-instant';
import { zoneOffsetMs } from './zone-offset';

/** The orders of day, month and year a slashed date such as "01/05/2024" may be written in. */
export const DATE_ORDERS = ['mdy', 'dmy', 'ymd'] as const;

/** Order of day, month and year in slashed dates such as "01/05/2024". */
export type DateOrder = (typeof DATE_ORDERS)[number];

export interface InstantOptions {
  /** IANA zone of wall-clock times that carry no offset (the spreadsheet's, or 'UTC' for Stripe). */
  timeZone: string;
  /** How to read "01/05/2024"; without it an ambiguous date is a problem rather than a guess. */
  dateOrder?: DateOrder;
  /** Read numbers as spreadsheet serial days (1 = 1899-12-31); default true. */
  serials?: boolean;
  /**
   * When the import runs: dates before 1970 or after tomorrow (on the wall clock of `timeZone`)
   * are then problems, as no order or answer of a CRM's data can have happened then; they are
   * typos, two-digit years read wrongly or placeholder dates ("01/01/1900").
   */
  plausibleAt?: Date;
}

const DAY_MS = 86_400_000;
/** Day 0 of Sheets and Excel serials (Excel's 1900 leap-year bug makes its epoch 1899-12-30 too). */
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

// 2024-01-05, 2024/01/05 10:11, 2024-01-05T10:11:00.123Z, 2024-01-05 10:11:00 +0100, … UTC, … 11:07:29 AM
const YMD =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s*([AaPp][Mm]))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/;
// 01/05/2024, 1/5/24 8:01:02, 05.01.2024 10:11 PM, with an optional offset
const SLASHED =
  /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[T ,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s*([AaPp][Mm]))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function offsetMinutes(zone: string): number {
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  return sign * (hours * 60 + minutes);
}

function build(
  year: number,
  month: number,
  day: number,
  time: (string | undefined)[],
  zone: string | undefined,
  options: InstantOptions,
  text: string,
): Parsed<Date> {
  const [h, mi, s, frac, meridiem] = time;
  let hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millisecond = frac === undefined ? 0 : Math.round(Number(`0.${frac}`) * 1000);
  if (meridiem) {
    if (hour < 1 || hour > 12) return fail(`impossible time "${text}"`);
    hour = (hour % 12) + (/p/i.test(meridiem) ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail(`impossible date "${text}"`);
  }
  if (hour > 23 || minute > 59 || second > 59) return fail(`impossible time "${text}"`);
  if (zone !== undefined) {
    const offset = offsetMinutes(zone);
    if (Math.abs(offset) > 14 * 60) return fail(`impossible UTC offset in "${text}"`);
    return ok(new Date(Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - offset * 60_000));
  }
  return ok(
    new Date(wallClockToInstant(year, month, day, hour, minute, second, millisecond, options.timeZone)),
  );
}

/**
 * Reads a date or date-time as an instant:
 * - a Date (what getValues returns for a date cell) is kept when valid;
 * - a number is a spreadsheet serial (days since 1899-12-30, fraction = time of day) on the wall
 *   clock of `timeZone`;
 * - ISO-like text ("2024-01-05", "2024-01-05T10:11:00Z", "2024-01-05 10:11:00 +0100",
 *   "2024-03-06 09:01:02 UTC"): an explicit offset is converted exactly, never truncated; without
 *   one the wall clock of `timeZone` applies;
 * - slashed text ("01/05/2024", "3/5/24 8:01:02", "05.01.2024") in `dateOrder`; without it, a
 *   date is read only when one of the first two numbers exceeds 12; two-digit years are 2000–2069
 *   for 00–69 and 1970–1999 for 70–99.
 * Impossible calendar dates (2024-02-30, month 13, 25:00) and error values are problems; with
 * `plausibleAt`, so are dates before 1970 or after tomorrow.
 * @throws {RangeError} when `options.timeZone` is not a zone Intl knows.
 * @example parseInstant('2024-01-05 10:11:00 +0100', { timeZone: 'UTC' }) // => ok(2024-01-05T09:11:00Z)
 */
export function parseInstant(value: unknown, options: InstantOptions): Parsed<Date> {
  const read = readInstant(value, options);
  if (!read.ok || options.plausibleAt === undefined) return read;
  const shown = typeof value === 'string' ? `"${value.trim()}"` : read.value.toISOString().slice(0, 10);
  if (read.value.getTime() < wallClockToInstant(1970, 1, 1, 0, 0, 0, 0, options.timeZone)) {
    return fail(`implausible date ${shown}: before 1970`);
  }
  const now = options.plausibleAt.getTime();
  const wall = new Date(now + zoneOffsetMs(now, options.timeZone));
  // Midnight that ends tomorrow; Date.UTC inside wallClockToInstant carries day 32 into the next month.
  const latest = wallClockToInstant(
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate() + 2,
    0,
    0,
    0,
    0,
    options.timeZone,
  );
  if (read.value.getTime() >= latest) {
    return fail(`implausible date ${shown}: after tomorrow (${wall.toISOString().slice(0, 10)} is today)`);
  }
  return read;
}

function readInstant(value: unknown, options: InstantOptions): Parsed<Date> {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? fail('invalid date') : ok(new Date(value.getTime()));
  }
  if (typeof value === 'number') {
    if (options.serials === false) return fail(`a number (${value}) is not a date`);
    if (!Number.isFinite(value) || value < 1 || value > 2_958_465)
      return fail(`${value} is not a date serial`);
    const wall = new Date(SERIAL_EPOCH_UTC + Math.round(value * DAY_MS));
    return ok(new Date(utcFieldsToInstant(wall, options.timeZone)));
  }
  if (typeof value !== 'string') return fail(`not a date (${typeof value})`);
  const text = value.trim().replace(/^'/, '');
  if (text === '') return fail('empty date');
  const error = cellError(text);
  if (error) return fail(`error value ${error}`);
  let match = YMD.exec(text);
  if (match) {
    return build(
      Number(match[1]),
      Number(match[2]),
      Number(match[3]),
      match.slice(4, 9),
      match[9],
      options,
      text,
    );
  }
  match = SLASHED.exec(text);
  if (match) {
    const a = Number(match[1]);
    const b = Number(match[2]);
    let year = Number(match[3]);
    if (match[3].length === 2) year += year < 70 ? 2000 : 1900;
    let order = options.dateOrder;
    if (order === undefined || order === 'ymd') {
      if (a > 12 && b <= 12) order = 'dmy';
      else if (b > 12 && a <= 12) order = 'mdy';
      else if (a !== b) return fail(`ambiguous date "${text}" (day/month order not declared)`);
      else order = 'mdy';
    }
    const [month, day] = order === 'mdy' ? [a, b] : [b, a];
    return build(year, month, day, match.slice(4, 9), match[9], options, text);
  }
  return fail(`not a date "${text}"`);
}
