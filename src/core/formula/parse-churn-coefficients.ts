// Reads a churn model passed back into CRM_CHURN_SCORE: the output of CRM_CHURN_MODEL.
import { FormulaError } from './formula-error';
import { isBlank } from './is-blank';
import { isLabel } from './is-label';
import { parseParams } from './parse-params';
import { toMatrix } from './to-matrix';

/** The label after the coefficients in CRM_CHURN_MODEL's table. */
export const ROWS_USED = 'rows used';

/**
 * Coefficients (intercept first) for `width` features from the model argument: CRM_CHURN_MODEL's
 * table (the columns before "rows used"), its values row (coefficients then the two counts), or
 * just the coefficients. Throws FormulaError when the count does not match the features, or
 * naming the model for a value that is not a number (parseParams).
 *
 * @example parseChurnCoefficients([[-4.0777, 1.5046]], 1) // => [-4.0777, 1.5046]
 */
export function parseChurnCoefficients(model: unknown, width: number): number[] {
  const matrix = toMatrix(model, 'model');
  const labelled = matrix.length >= 2 && matrix[0].some(isLabel);
  if (labelled) {
    const end = matrix[0].findIndex(
      (cell) => typeof cell === 'string' && cell.trim().toLowerCase() === ROWS_USED,
    );
    const coefficients = end < 0 ? matrix[0].filter((cell) => !isBlank(cell)).length : end;
    if (coefficients !== width + 1)
      throw new FormulaError(`model has ${coefficients - 1} features but features has ${width} columns`);
  } else {
    const values = matrix.flat().filter((cell) => !isBlank(cell)).length;
    if (values !== 0 && values !== width + 1 && values !== width + 3)
      throw new FormulaError(`model has ${values} values, which does not fit ${width} feature columns`);
  }
  return parseParams(model, { argument: 'model', source: 'CRM_CHURN_MODEL', count: width + 1 });
}
