// Reads a range as one list of numbers, such as survey scores or order counts.
import { FormulaError } from './formula-error';
import { isBlank } from './is-blank';
import { parseNumber } from './parse-number';
import { toMatrix } from './to-matrix';

/**
 * The numbers of every non-blank cell of the argument `name`, row by row, each checked by
 * `check` (null when fine, else the reason, e.g. "is not a whole number from 0 to 10"). The
 * result is one value with no row of its own to hold a reason, so a bad cell fails the formula
 * with its position ("row 2, column 3: score 11 is not …"; just the reason for a single value).
 * Throws FormulaError "`name` is required" when no cell holds a value.
 *
 * @example readNumberList([[9], [''], [6]], 'scores', 'score', () => null) // => [9, 6]
 */
export function readNumberList(
  value: unknown,
  name: string,
  item: string,
  check: (n: number) => string | null,
): number[] {
  const matrix = toMatrix(value, name);
  const oneCell = matrix.length === 1 && matrix[0].length === 1;
  const numbers: number[] = [];
  matrix.forEach((cells, row) => {
    cells.forEach((cell, column) => {
      if (isBlank(cell)) return;
      try {
        numbers.push(checkedNumber(cell, item, check));
      } catch (error) {
        const where = cells.length > 1 ? `row ${row + 1}, column ${column + 1}` : `row ${row + 1}`;
        throw new FormulaError(oneCell ? (error as Error).message : `${where}: ${(error as Error).message}`);
      }
    });
  });
  if (numbers.length === 0) throw new FormulaError(`${name} is required`);
  return numbers;
}

/** One cell's number, or FormulaError "score 11 is not …" when `check` refuses it. */
function checkedNumber(cell: unknown, item: string, check: (n: number) => string | null): number {
  const number = parseNumber(cell, item);
  const problem = check(number);
  if (problem !== null) throw new FormulaError(`${item} ${number} ${problem}`);
  return number;
}
