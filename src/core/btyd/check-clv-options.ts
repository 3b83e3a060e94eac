// Reads and checks the options of a CLV prediction, applying lifetimes' defaults.
import { clvMonthLength } from './clv-month-length';
import type { TimeUnit } from './time-unit';

export type ClvOptions = { months?: number; monthlyDiscount?: number; unit: TimeUnit };

/**
 * months (default 12, a whole number ≥ 0), monthlyDiscount (default 0.01, a number > −1) and the
 * month length for `unit` (clvMonthLength).
 *
 * Throws RangeError for a months value that is not a whole number ≥ 0, a discount that is not a
 * number above −1, or an unknown unit.
 */
export function checkClvOptions(options: ClvOptions): {
  months: number;
  monthlyDiscount: number;
  monthLength: number;
} {
  const months = options.months ?? 12;
  const monthlyDiscount = options.monthlyDiscount ?? 0.01;
  if (!(Number.isInteger(months) && months >= 0))
    throw new RangeError(`months must be a whole number ≥ 0, got ${months}`);
  if (!(monthlyDiscount > -1 && monthlyDiscount < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`the monthly discount must be a number above -1, got ${monthlyDiscount}`);
  }
  if (options.unit !== 'days' && options.unit !== 'weeks') {
    throw new RangeError(`unit must be "days" or "weeks", got ${String(options.unit)}`);
  }
  return { months, monthlyDiscount, monthLength: clvMonthLength(options.unit) };
}
