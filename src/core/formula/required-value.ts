// Reads an argument that is one value and must be given, such as CRM_CLV's discount rate.
import { FormulaError } from './formula-error';
import type { ArgumentReader } from './formula-param';
import { isBlank } from './is-blank';
import { toScalar } from './to-scalar';

/**
 * A reader of a single-value argument that must be given: its one value read by `read`. Throws
 * FormulaError naming the argument when it is omitted ("discount_rate is required"), a range of
 * several cells (toScalar), or whatever `read` rejects.
 *
 * @example requiredValue(parseNumber)([[0.1]], 'discount_rate') // => 0.1
 */
export function requiredValue<V>(read: ArgumentReader<V>): ArgumentReader<V> {
  return (value, name) => {
    const cell = toScalar(value, name);
    if (isBlank(cell)) throw new FormulaError(`${name} is required`);
    return read(cell, name);
  };
}
