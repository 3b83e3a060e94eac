// Tells from a file's own dates whether "05/01/2024" means 5 January (day first) or May 1 (month first).
import type { DateOrder } from '../clean/parse-instant';

/** The order chosen for a file's numeric dates, and what it rests on. */
export interface DateOrderGuess {
  /** undefined when the file has no date written with day and month as numbers first. */
  order: DateOrder | undefined;
  /** Dates only day-first explains (first number above 12: "25/03/2024"). */
  dayFirst: number;
  /** Dates only month-first explains (second number above 12: "03/25/2024"). */
  monthFirst: number;
  /** Dates either order reads (both numbers 12 or less). */
  either: number;
  /** True when no date decides (or they disagree evenly): the order is a choice the report must name. */
  ambiguous: boolean;
}

// "05/01/2024", "5.1.24", "05-01-2024 10:11", as parseInstant reads them; ISO dates never match.
const NUMERIC =
  /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:[T ,]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp][Mm])?)?(?:\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?$/;

/**
 * Counts the dates written day/month/year or month/day/year that only one order explains, and
 * picks the order most of them need. When none decides (every date has both numbers ≤ 12), the
 * separator and the locale decide: dots ("05.01.2024") are written day first, and so are slashes
 * and dashes in a file with decimal commas (Europe, Latin America); slashes with a decimal point
 * are month first (US exports: PayPal, Etsy, Google Forms). `ambiguous` then says it is a choice.
 * @example detectDateOrder([['Paid on'], ['25/03/2024']], '.').order // => 'dmy'
 */
export function detectDateOrder(rows: readonly (readonly string[])[], decimal: '.' | ','): DateOrderGuess {
  let dayFirst = 0;
  let monthFirst = 0;
  let either = 0;
  let dots = 0;
  for (const row of rows) {
    for (const cell of row) {
      if (cell.length < 6 || cell.length > 40) continue;
      const match = NUMERIC.exec(cell.trim().replace(/^'/, ''));
      if (!match) continue;
      const a = Number(match[1]);
      const b = Number(match[3]);
      // "12-34-5678" is a code, not a date.
      if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) continue;
      if (match[2] === '.') dots++;
      if (a > 12) dayFirst++;
      else if (b > 12) monthFirst++;
      else either++;
    }
  }
  if (dayFirst + monthFirst + either === 0)
    return { order: undefined, dayFirst, monthFirst, either, ambiguous: false };
  if (dayFirst !== monthFirst) {
    return { order: dayFirst > monthFirst ? 'dmy' : 'mdy', dayFirst, monthFirst, either, ambiguous: false };
  }
  const order = dots > 0 || decimal === ',' ? 'dmy' : 'mdy';
  return { order, dayFirst, monthFirst, either, ambiguous: true };
}
