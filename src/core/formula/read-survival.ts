// Reads CRM_CLV's retention argument as the survival of each period.
import { constantSurvival } from '../metrics/constant-survival';
import { FormulaError } from './formula-error';
import { isBlank } from './is-blank';
import { parseNumber } from './parse-number';
import { toMatrix } from './to-matrix';

/**
 * The survival of each of `periods` periods: undefined when the argument is omitted (everyone
 * stays), r^t for one rate r, or one row of survival values, one per period. Throws
 * FormulaError naming `name` for any other shape, a row of the wrong length or a value that is
 * not a number.
 *
 * @example readSurvival(0.9, 'retention', 2) // => [0.9, 0.81]
 */
export function readSurvival(value: unknown, name: string, periods: number): number[] | undefined {
  const matrix = toMatrix(value, name);
  if (matrix.every((row) => row.every(isBlank))) return undefined;
  if (matrix.length === 1 && matrix[0].length === 1)
    return constantSurvival(parseNumber(matrix[0][0], name), periods);
  if (matrix.length !== 1)
    throw new FormulaError(`${name} must be one rate or one row of survival values (one per period)`);
  if (matrix[0].length !== periods)
    throw new FormulaError(`${name} has ${matrix[0].length} values but there are ${periods} periods`);
  return matrix[0].map((cell, i) => parseNumber(cell, `${name} in period ${i + 1}`));
}
