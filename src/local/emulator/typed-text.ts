// What Sheets makes of a string a script writes: it is read as if typed into the cell (numbers, percents, booleans, dates).
import { wallClockToInstant } from '../../core/clean/wall-clock-to-instant';
import type { CellValue } from './workbook-data';

/** A string read as typed: the value Sheets stores and the number format it gives an unformatted cell. */
export interface TypedValue {
  value: CellValue;
  numberFormat?: string;
}

/** Sheets keeps 15 significant digits of a typed number and sets the rest to zero. */
const SIGNIFICANT_DIGITS = 15;

// -1234, 00042, 1,234.50, .5, 1e5, $12, -€3.50, 12%, 1.5 % (en_US: comma groups thousands, dot is decimal)
const NUMBER =
  /^([+-]?)([$€£¥]?)([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?\s*(%?)$/;
// 2024-01-05, 2024/1/5, then optionally 10:11, 10:11:12, 10:11:12.345, 10:11 PM
const ISO_DATE =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:\s*([AaPp][Mm]))?)?$/;
// 1/5/2024, 1/5/24 (en_US month first), with the same optional time
const US_DATE =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:\s*([AaPp][Mm]))?)?$/;
// 10:30, 9:05:30, 9:05 PM
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:\s*([AaPp][Mm]))?$/;

/** First characters that can start a number, a date or a time; any other string stays text at once. */
function mayBeValue(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    code === 43 || // +
    code === 45 || // -
    code === 46 || // .
    code === 36 || // $
    code === 0x20ac || // €
    code === 0xa3 || // £
    code === 0xa5 // ¥
  );
}

/** `digits` with every significant digit after the 15th set to zero (dropped after the point). */
function keepSignificant(digits: string): string {
  let seen = 0;
  let out = '';
  let afterPoint = false;
  for (const ch of digits) {
    if (ch === '.') {
      afterPoint = true;
      out += ch;
      continue;
    }
    if (seen > 0 || ch !== '0') seen++;
    if (seen <= SIGNIFICANT_DIGITS) out += ch;
    else if (!afterPoint) out += '0';
  }
  return out;
}

function typedNumber(text: string): TypedValue | null {
  const match = NUMBER.exec(text);
  if (!match) return null;
  const [, sign1, currency, sign2, body, exponent, percent] = match;
  if (sign1 && sign2) return null;
  if (sign2 && !currency) return null;
  if (exponent !== undefined && (currency || body.includes(','))) return null;
  const grouped = body.includes(',');
  let value = Number(keepSignificant(body.replace(/,/g, '')));
  if (exponent !== undefined) value *= 10 ** Number(exponent);
  if (sign1 === '-' || sign2 === '-') value = -value;
  const decimals = body.includes('.') && !body.endsWith('.');
  if (percent) return { value: value / 100, numberFormat: decimals ? '0.00%' : '0%' };
  if (currency) return { value, numberFormat: `${currency}#,##0.00` };
  if (grouped) return { value, numberFormat: decimals ? '#,##0.00' : '#,##0' };
  return { value };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Hour, minute, second, millisecond of a typed time, or null when it is not a time of day. */
function timeOfDay(parts: (string | undefined)[]): [number, number, number, number] | null {
  const [h, mi, s, ms, meridiem] = parts;
  if (h === undefined) return [0, 0, 0, 0];
  let hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millisecond = ms === undefined ? 0 : Number(ms.padEnd(3, '0'));
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (/p/i.test(meridiem) ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return [hour, minute, second, millisecond];
}

function typedDate(
  year: number,
  month: number,
  day: number,
  time: (string | undefined)[],
  datePattern: string,
  timeZone: string,
): TypedValue | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const clock = timeOfDay(time);
  if (!clock) return null;
  const instant = wallClockToInstant(year, month, day, ...clock, timeZone);
  return {
    value: new Date(instant),
    numberFormat: time[0] === undefined ? datePattern : `${datePattern} H:mm:ss`,
  };
}

/**
 * What Sheets stores when a script writes `text` with setValue, setValues or appendRow into a cell
 * whose number format is not plain text ("@"), or null when it stays text. Apps Script writes values
 * as the Sheets API's USER_ENTERED input does: "numbers will stay as is, but strings may be converted
 * to numbers, dates, etc. following the same rules that are applied when entering text into a cell
 * via the Google Sheets UI" [developers.google.com/sheets/api/reference/rest/v4/ValueInputOption]
 * (docs/apps-script.md, "Values written to cells"). For the emulated spreadsheet's locale, en_US:
 * - numbers: "42", "00042" (42), "-1.5", ".5", "1e5", "1,234.50" (commas only as thousands groups:
 *   "1,23" stays text), a currency sign ($ € £ ¥) in front ("$1,234.50", "-$5"), a trailing percent
 *   ("12%" is 0.12); Sheets keeps 15 significant digits, so "1234567890123456789" becomes
 *   1234567890123450000;
 * - booleans: "TRUE" and "FALSE" in any case;
 * - dates and date-times on the spreadsheet's wall clock (`timeZone`): "2024-01-05", "2024/1/5",
 *   month-first "1/5/2024" and "1/5/24" (two-digit years 00–29 are 2000s, 30–99 1900s), each with an
 *   optional time "10:11", "10:11:12", "10:11 PM"; impossible dates ("2024-02-30") stay text;
 * - a time alone ("10:30", "9:05 PM") is that time on Sheets' day zero, 1899-12-30.
 * Surrounding spaces are ignored for the reading. Dates and times get a matching number format,
 * percents, currency and grouped numbers theirs; the caller applies it only to a cell without one.
 * Month names ("Jan 5, 2024"), dates without a year and other locales are not modelled: they stay text.
 */
export function typedValue(text: string, timeZone: string): TypedValue | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const first = trimmed.charCodeAt(0);
  if (trimmed.length === 4 || trimmed.length === 5) {
    const upper = trimmed.toUpperCase();
    if (upper === 'TRUE') return { value: true };
    if (upper === 'FALSE') return { value: false };
  }
  if (!mayBeValue(first)) return null;
  const number = typedNumber(trimmed);
  if (number) return number;
  let match = ISO_DATE.exec(trimmed);
  if (match) {
    return typedDate(
      Number(match[1]),
      Number(match[2]),
      Number(match[3]),
      match.slice(4, 9),
      'yyyy-mm-dd',
      timeZone,
    );
  }
  match = US_DATE.exec(trimmed);
  if (match) {
    let year = Number(match[3]);
    if (match[3].length === 2) year += year < 30 ? 2000 : 1900;
    return typedDate(year, Number(match[1]), Number(match[2]), match.slice(4, 9), 'M/d/yyyy', timeZone);
  }
  match = TIME.exec(trimmed);
  if (match) {
    const clock = timeOfDay(match.slice(1, 6));
    if (!clock) return null;
    return { value: new Date(wallClockToInstant(1899, 12, 30, ...clock, timeZone)), numberFormat: 'H:mm:ss' };
  }
  return null;
}
