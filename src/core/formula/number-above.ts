// Reads one cell as a number strictly above a bound, such as a discount rate above -1.
import { FormulaError } from './formula-error';
import type { ArgumentReader } from './formula-param';
import { parseNumber } from './parse-number';

/**
 * A reader of numbers greater than `bound`: the cell's number (parseNumber), or FormulaError
 * naming the argument otherwise ("monthly_discount must be greater than -1").
 *
 * @example numberAbove(-1)('0.01', 'monthly_discount') // => 0.01
 */
export function numberAbove(bound: number): ArgumentReader<number> {
  return (value, name) => {
    const number = parseNumber(value, name);
    if (number <= bound) throw new FormulaError(`${name} must be greater than ${bound}`);
    return number;
  };
}
