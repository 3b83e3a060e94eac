// Reads an argument that is one value and may be omitted, such as a threshold with a default.
import type { ArgumentReader } from './formula-param';
import { isBlank } from './is-blank';
import { toScalar } from './to-scalar';

/**
 * A reader of a single-value argument: `fallback` when it is omitted ("", null, undefined or an
 * empty cell), otherwise its one value read by `read`. Throws FormulaError naming the argument
 * for a range of several cells (toScalar) or whatever `read` rejects.
 *
 * @example optionalValue(parseNumber, 0.5)('', 'threshold') // => 0.5
 * @example optionalValue(parseNumber, 0.5)([[0.7]], 'threshold') // => 0.7
 */
export function optionalValue<V>(read: ArgumentReader<V>, fallback: V): ArgumentReader<V> {
  return (value, name) => {
    const cell = toScalar(value, name);
    return isBlank(cell) ? fallback : read(cell, name);
  };
}
