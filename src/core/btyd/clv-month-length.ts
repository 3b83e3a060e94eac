// Length of the month that predicted CLV steps and discounts by, in the summary's time unit.
import type { TimeUnit } from './time-unit';

/**
 * 30 for days and 4.345 for weeks: lifetimes' `customer_lifetime_value` uses these factors for
 * freq 'D' and 'W' (`{"W": 4.345, "M": 1.0, "D": 30, "H": 30 * 24}`), so predictions agree with it.
 * (A mean month is 30.44 days or 4.348 weeks; the published factors are kept for comparability.)
 *
 * @example clvMonthLength('weeks') // => 4.345
 */
export function clvMonthLength(unit: TimeUnit): number {
  return unit === 'weeks' ? 4.345 : 30;
}
