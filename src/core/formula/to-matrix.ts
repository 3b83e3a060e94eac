// Turns any argument Sheets passes (one value or a range) into a rectangular 2-D array.
import { FormulaError } from './formula-error';

/**
 * The argument as rows of cells: a 2-D array as it is, a flat array as one column (how a
 * script caller would pass a list), any other value as a 1×1 table. Throws FormulaError
 * naming `name` when the rows have different lengths (Sheets never passes that).
 *
 * @example toMatrix(5, 'x') // => [[5]]
 * @example toMatrix([1, 2], 'x') // => [[1], [2]]
 */
export function toMatrix(value: unknown, name: string): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [];
  if (!value.every(Array.isArray)) {
    if (value.some(Array.isArray)) throw new FormulaError(`${name} mixes rows and single values`);
    return value.map((cell) => [cell]);
  }
  const rows = value as unknown[][];
  const width = rows[0].length;
  if (rows.some((row) => row.length !== width))
    throw new FormulaError(`${name} has rows of different lengths`);
  return rows;
}
