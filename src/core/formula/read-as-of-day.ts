// Reads the as-of argument of CRM_SUMMARY: the day the observation period ends.
import { isBlank } from './is-blank';
import { parseDay } from './parse-day';
import { toScalar } from './to-scalar';

/**
 * The day number of the argument `name` in `timeZone` (parseDay), or, when it is omitted, the
 * latest day among `transactions` (which must not be empty). Throws FormulaError naming `name`
 * for a range of several cells or a value that is not a date.
 *
 * @example readAsOfDay('', 'as_of', [{ day: 3 }, { day: 9 }], 'UTC') // => 9
 */
export function readAsOfDay(
  value: unknown,
  name: string,
  transactions: readonly { day: number }[],
  timeZone: string,
): number {
  const cell = toScalar(value, name);
  if (!isBlank(cell)) return parseDay(cell, name, timeZone);
  let latest = transactions[0].day;
  for (const t of transactions) if (t.day > latest) latest = t.day;
  return latest;
}
