// Reads one cell as a calendar day in the spreadsheet's time zone: a Date object or ISO 8601 text, as an integer day number.
import { dayNumber } from '../clean/day-number';
import { FormulaError } from './formula-error';
import { isBlank } from './is-blank';
import { isDate } from './is-date';

const MS_PER_DAY = 86_400_000;
// Date, optionally a time (T or a space) and an offset (Z, +01:00, +0100, +01).
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * The day number (whole days since 1970-01-01) of the calendar date a cell holds, in the
 * calendar of `timeZone`, the spreadsheet's zone (getSpreadsheetTimeZone).
 *
 * - A Date object is the instant of the cell's wall-clock time in the spreadsheet's zone (that is
 *   how Sheets hands a date cell to a script), so it counts by its date in `timeZone`, never by
 *   the script's zone (the manifest's, which Date's own getDate uses): in a Tokyo spreadsheet
 *   00:30 and 23:30 of one day are the same day even though their UTC dates differ.
 * - ISO text "2024-01-05" is that date; "2024-01-05T10:11:00" (no offset) is a wall-clock time on
 *   that date; with an offset ("…+01:00", "…Z") the instant is converted to its date in
 *   `timeZone`, never truncated, so "2024-01-05T00:30:00+01:00" is 2024-01-04 in a UTC sheet.
 *
 * Throws FormulaError naming `name` for a blank cell, an invalid Date, text that is not ISO
 * or names an impossible date (2024-02-30), and any other kind of value (numbers included:
 * a serial number is ambiguous, so the cell must be a date or ISO text).
 *
 * @throws {RangeError} when `timeZone` is not a zone Intl knows.
 * @example parseDay('1970-01-02', 'date', 'Asia/Tokyo') // => 1
 */
export function parseDay(value: unknown, name: string, timeZone: string): number {
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) throw new FormulaError(`${name} is an invalid date`);
    return dayNumber(value, timeZone);
  }
  if (isBlank(value)) throw new FormulaError(`${name} is missing`);
  if (typeof value === 'string') return parseIsoDay(value.trim(), name, timeZone);
  if (typeof value === 'number')
    throw new FormulaError(`${name} is a number, not a date (use a date cell or text like 2024-01-05)`);
  throw new FormulaError(`${name} is not a date`);
}

/** Day number of an ISO date or date-time text; a time with an offset is dated in `timeZone`. */
function parseIsoDay(text: string, name: string, timeZone: string): number {
  const match = ISO.exec(text);
  if (!match) throw new FormulaError(`${name} is not a date: "${text.slice(0, 30)}" (expected 2024-01-05)`);
  const [, y, mo, d, h, mi, s, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const calendarDay = civilDay(year, month, day);
  const back = new Date(calendarDay * MS_PER_DAY);
  if (back.getUTCMonth() + 1 !== month || back.getUTCDate() !== day)
    throw new FormulaError(`${name} is not a real date: "${text}"`);
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59))
    throw new FormulaError(`${name} has an impossible time: "${text}"`);
  if (!offset) return calendarDay;
  const utc = Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s ?? 0));
  return dayNumber(new Date(utc - offsetMinutes(offset) * 60_000), timeZone);
}

/** Minutes east of UTC of an ISO offset: Z, ±hh, ±hhmm or ±hh:mm. */
function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset[0] === '-' ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

/** Whole days from 1970-01-01 to the given calendar date (proleptic Gregorian). */
function civilDay(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}
