// Reads an argument that must be one value, such as a discount rate or a threshold.
import { FormulaError } from './formula-error';
import { toMatrix } from './to-matrix';

/**
 * The single value of the argument: the value itself, or the only cell of a 1×1 range.
 * Throws FormulaError naming `name` for a range of several cells.
 *
 * @example toScalar([[0.1]], 'discount_rate') // => 0.1
 */
export function toScalar(value: unknown, name: string): unknown {
  if (!Array.isArray(value)) return value;
  const matrix = toMatrix(value, name);
  if (matrix.length === 0) return '';
  if (matrix.length !== 1 || matrix[0].length !== 1) throw new FormulaError(`${name} must be a single value`);
  return matrix[0][0];
}
