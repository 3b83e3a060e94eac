// Length in days of one time unit.
import type { TimeUnit } from './time-unit';

/**
 * 1 for days, 7 for weeks.
 *
 * @example daysPerUnit('weeks') // => 7
 */
export function daysPerUnit(unit: TimeUnit): number {
  return unit === 'weeks' ? 7 : 1;
}
