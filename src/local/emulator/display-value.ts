// What Sheets shows in a cell (getDisplayValues): numbers and dates rendered by the cell's number format.
import { zonedFields } from './java-time-zone';
import type { CellValue } from './workbook-data';

/** Format Sheets gives a Date written by a script when the cell has no format (en-US locale). */
export const DEFAULT_DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';
/** What Range.getNumberFormat returns for a cell with Sheets' automatic format. */
export const AUTOMATIC_NUMBER_FORMAT = '0.###############';

/** True when `format` renders dates or times ("yyyy-mm-dd", "hh:mm") rather than numbers. */
export function isDateFormat(format: string): boolean {
  const unquoted = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[yYdDhHsS]|[mM]/.test(unquoted) && !/[0#]/.test(unquoted);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Renders a date with a Sheets date-time pattern: yyyy, yy, mm/m (month, or minutes right after an
 * hour or right before seconds), dd/d, hh/h (24-hour), ss/s; text in double quotes and other
 * characters are copied.
 */
function formatDate(date: Date, format: string, timeZone: string): string {
  const p = zonedFields(date, timeZone);
  const tokens: Array<{ kind: 'text' | 'y' | 'm' | 'd' | 'h' | 's'; text: string }> = [];
  let i = 0;
  while (i < format.length) {
    const ch = format[i];
    if (ch === '"') {
      const close = format.indexOf('"', i + 1);
      const end = close < 0 ? format.length : close;
      tokens.push({ kind: 'text', text: format.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    if (ch === '\\' && i + 1 < format.length) {
      tokens.push({ kind: 'text', text: format[i + 1] });
      i += 2;
      continue;
    }
    const lower = ch.toLowerCase();
    if ('ymdhs'.includes(lower)) {
      let j = i;
      while (j < format.length && format[j].toLowerCase() === lower) j++;
      tokens.push({ kind: lower as 'y' | 'm' | 'd' | 'h' | 's', text: format.slice(i, j) });
      i = j;
      continue;
    }
    tokens.push({ kind: 'text', text: ch });
    i++;
  }
  const fieldIndex = (from: number, step: number): number => {
    for (let k = from + step; k >= 0 && k < tokens.length; k += step) if (tokens[k].kind !== 'text') return k;
    return -1;
  };
  let out = '';
  tokens.forEach((token, k) => {
    const width = token.text.length;
    switch (token.kind) {
      case 'text':
        out += token.text;
        break;
      case 'y':
        out += width <= 2 ? pad(p.year % 100, 2) : String(p.year);
        break;
      case 'd':
        out += width >= 2 ? pad(p.day, 2) : String(p.day);
        break;
      case 'h':
        out += width >= 2 ? pad(p.hour, 2) : String(p.hour);
        break;
      case 's':
        out += width >= 2 ? pad(p.second, 2) : String(p.second);
        break;
      case 'm': {
        const before = fieldIndex(k, -1);
        const after = fieldIndex(k, 1);
        const minutes =
          (before >= 0 && tokens[before].kind === 'h') || (after >= 0 && tokens[after].kind === 's');
        const n = minutes ? p.minute : p.month;
        out += width >= 2 ? pad(n, 2) : String(n);
        break;
      }
    }
  });
  return out;
}

/** Sheets' automatic rendering of a number: integers as they are, others to 10 significant digits. */
function formatAutomatic(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(10)));
}

const NUMBER_CORE = /[#0][#0,]*(\.[#0]*)?|\.[#0]+/;

/**
 * Renders a number with a Sheets number pattern: "0", "0.00", "#,##0", "#,##0.00", "0%", "0.0%", with
 * literal text around it ("€#,##0.00", "0.0 \"days\""). Only the first section of a `;` list is used;
 * negatives get a leading minus.
 */
function formatNumber(n: number, format: string): string {
  const section = format.split(';')[0];
  const match = NUMBER_CORE.exec(section);
  if (!match) return formatAutomatic(n);
  const literal = (s: string) => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const prefix = literal(section.slice(0, match.index));
  const suffix = literal(section.slice(match.index + match[0].length));
  const core = match[0];
  const percent = prefix.includes('%') || suffix.includes('%');
  const [integerPattern, fractionPattern = ''] = core.split('.');
  const minDecimals = (fractionPattern.match(/0/g) ?? []).length;
  const maxDecimals = fractionPattern.length;
  const value = Math.abs(percent ? n * 100 : n);
  let text = value.toFixed(maxDecimals);
  if (maxDecimals > minDecimals) {
    const [intPart, frac] = text.split('.');
    let trimmed = frac;
    while (trimmed.length > minDecimals && trimmed.endsWith('0')) trimmed = trimmed.slice(0, -1);
    text = trimmed ? `${intPart}.${trimmed}` : intPart;
  }
  let [intDigits, fraction] = text.split('.');
  if (intDigits === '0' && !integerPattern.includes('0')) intDigits = '';
  if (integerPattern.includes(',')) intDigits = intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = fraction !== undefined ? `${intDigits}.${fraction}` : intDigits;
  const negative = n < 0 && /[1-9]/.test(body);
  return `${negative ? '-' : ''}${prefix}${body}${suffix}`;
}

/**
 * The text Sheets displays for `value` under `numberFormat` (undefined = automatic) in `timeZone`:
 * "" stays "", booleans are "TRUE"/"FALSE", text is shown as is, numbers and Dates follow the format
 * (a Date without a format uses DEFAULT_DATE_TIME_FORMAT).
 */
export function displayValue(value: CellValue, numberFormat: string | undefined, timeZone: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!numberFormat || numberFormat === AUTOMATIC_NUMBER_FORMAT || isDateFormat(numberFormat)) {
      return formatAutomatic(value);
    }
    return formatNumber(value, numberFormat);
  }
  const format = numberFormat && isDateFormat(numberFormat) ? numberFormat : DEFAULT_DATE_TIME_FORMAT;
  return formatDate(value, format, timeZone);
}
