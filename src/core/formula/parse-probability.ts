// Reads one cell as a probability, a number from 0 to 1.
import { FormulaError } from './formula-error';
import { parseNumber } from './parse-number';

/**
 * The cell's number (parseNumber) when it lies in [0, 1]. Throws FormulaError naming `name`
 * otherwise ("predicted_probability must be between 0 and 1").
 *
 * @example parseProbability('0.25', 'predicted_probability') // => 0.25
 */
export function parseProbability(value: unknown, name: string): number {
  const number = parseNumber(value, name);
  if (number < 0 || number > 1) throw new FormulaError(`${name} must be between 0 and 1`);
  return number;
}
