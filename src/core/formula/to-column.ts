// Turns a one-value-per-row argument (a cell or a one-column range) into a list of cells.
import { FormulaError } from './formula-error';
import { toMatrix } from './to-matrix';

/**
 * The cells of a single-column range, top to bottom; a single value becomes a list of one.
 * Throws FormulaError naming `name` for a range of several columns, because each row is one
 * customer and a second column would be silently ignored otherwise.
 *
 * @example toColumn([[1], [2]], 'frequency') // => [1, 2]
 */
export function toColumn(value: unknown, name: string): unknown[] {
  const matrix = toMatrix(value, name);
  if (matrix.length === 0) return [];
  const width = matrix[0].length;
  if (width !== 1) throw new FormulaError(`${name} must be a single column, not ${width} columns`);
  return matrix.map((row) => row[0]);
}
