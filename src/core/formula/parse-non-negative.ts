// Reads one cell as a number that must not be negative, such as a count of days or a penalty.
import { FormulaError } from './formula-error';
import { parseNumber } from './parse-number';

/**
 * The cell's number (parseNumber). Throws FormulaError naming `name` when it is not a number or
 * is below 0.
 *
 * @example parseNonNegative('12', 'recency_days') // => 12
 */
export function parseNonNegative(value: unknown, name: string): number {
  const number = parseNumber(value, name);
  if (number < 0) throw new FormulaError(`${name} must not be negative`);
  return number;
}
