// Reads the optional unit argument of the BTYD formulas: the unit recency and T are counted in.
import type { TimeUnit } from '../btyd/time-unit';
import { parseChoice } from './parse-choice';
import { toScalar } from './to-scalar';

/** The units the formulas accept, in the order messages list them. */
const UNITS = ['days', 'weeks'] as const satisfies readonly TimeUnit[];

/**
 * "days" or "weeks" (any case); "days" when omitted, as CRM_SUMMARY counts by default. Throws
 * FormulaError naming `name` for a range of several cells or any other text.
 *
 * @example parseUnit(' Weeks ', 'unit') // => 'weeks'
 */
export function parseUnit(value: unknown, name: string): TimeUnit {
  return parseChoice(toScalar(value, name), name, UNITS, 'days');
}
