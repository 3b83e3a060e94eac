// Reads one cell as a whole number with a least value: a frequency (0 or more), a count of months (1 or more).
import { FormulaError } from './formula-error';
import type { ArgumentReader } from './formula-param';
import { parseNumber } from './parse-number';

/**
 * A reader of whole numbers of at least `least`: the cell's number (parseNumber), or
 * FormulaError naming the argument otherwise ("months must be a whole number, 1 or more").
 *
 * @example wholeNumber(1)('12', 'months') // => 12
 */
export function wholeNumber(least: number): ArgumentReader<number> {
  return (value, name) => {
    const number = parseNumber(value, name);
    if (!Number.isInteger(number) || number < least)
      throw new FormulaError(`${name} must be a whole number, ${least} or more`);
    return number;
  };
}
