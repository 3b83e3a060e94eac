// Reads the covariance of a fit's parameters back from the uncertainty rows of its table.
import { FormulaError } from './formula-error';
import { isBlank } from './is-blank';
import { isLabel } from './is-label';
import { normaliseLabel } from './normalise-label';
import { parseNumber } from './parse-number';
import { toMatrix } from './to-matrix';
import { correlationLabel, STANDARD_ERROR_LABEL } from './uncertainty-labels';

/** What a covariance is read from: the argument, the fit that makes it, the parameters wanted. */
export interface FitCovarianceSpec {
  /** The argument's name, for messages ("bgnbd_params"). */
  argument: string;
  /** The formula whose output this is and its flag, for messages. */
  source: string;
  /** The parameter labels, in the order of the matrix returned. */
  labels: readonly string[];
}

/**
 * The covariance matrix of `spec.labels` from a fit table written with standard errors
 * (fitTableWithUncertainty), as it spills or turned sideways: the row labelled "standard error"
 * gives each parameter's standard error, and the rows "correlation with …" their correlations,
 * Σᵢⱼ = ρᵢⱼ sᵢ sⱼ. Without correlation rows (a table cut to its first three rows) the estimates
 * are taken as uncorrelated, Σ = diag(s²). Returns null when the table has no standard-error row
 * (a plain 2-row table, or bare values).
 *
 * Throws FormulaError naming the argument when the fit could not give standard errors (its row
 * reads "standard error: n/a (…)"), a standard error is not a number above 0, a correlation is not
 * between −1 and 1, or only some correlation rows are there.
 *
 * @example parseFitCovariance([['p', 'q', 'gamma', ''], [6, 4, 15, 'estimate'], [1, 0.5, 2, 'standard error']], { argument: 'gg', source: 'CRM_GAMMAGAMMA_FIT', labels: ['p', 'q', 'gamma'] }) // => [[1, 0, 0], [0, 0.25, 0], [0, 0, 4]]
 */
export function parseFitCovariance(value: unknown, spec: FitCovarianceSpec): number[][] | null {
  const rows = upright(toMatrix(value, spec.argument));
  if (rows === null) return null;
  const header = new Map(
    rows[0].map((cell, i) => [isLabel(cell) ? normaliseLabel(String(cell)) : '', i] as const),
  );
  const columns = spec.labels.map((label) => header.get(normaliseLabel(label)));
  if (columns.some((column) => column === undefined)) return null;
  const standardError = normaliseLabel(STANDARD_ERROR_LABEL);
  let errors: number[] | null = null;
  const correlations = new Map<string, unknown[]>();
  for (const row of rows.slice(1)) {
    const label = rowLabel(row);
    if (label === null) continue;
    const key = normaliseLabel(label);
    if (key === standardError) {
      errors = spec.labels.map((name, i) => {
        const se = parseNumber(row[columns[i] as number], `${spec.argument} standard error of ${name}`);
        if (!(se > 0))
          throw new FormulaError(`${spec.argument} standard error of ${name} must be greater than 0`);
        return se;
      });
    } else if (key.startsWith(standardError)) {
      // The fit wrote "standard error: n/a (reason)": pass the reason on.
      throw new FormulaError(
        `${spec.argument} has no standard errors: ${/\((.*)\)\s*$/.exec(label)?.[1] ?? label}`,
      );
    } else {
      for (const name of spec.labels)
        if (key === normaliseLabel(correlationLabel(name))) correlations.set(name, row);
    }
  }
  if (errors === null) return null;
  const se = errors;
  if (correlations.size === 0) return se.map((s, i) => se.map((_, j) => (i === j ? s * s : 0)));
  const correlation = spec.labels.map((name) => {
    const row = correlations.get(name);
    if (row === undefined)
      throw new FormulaError(
        `${spec.argument} has no "${correlationLabel(name)}" row (give the whole table of ${spec.source})`,
      );
    return spec.labels.map((other, j) => {
      const rho = parseNumber(
        row[columns[j] as number],
        `${spec.argument} correlation of ${name} with ${other}`,
      );
      if (!(rho >= -1 && rho <= 1))
        throw new FormulaError(
          `${spec.argument} correlation of ${name} with ${other} must be between -1 and 1`,
        );
      return rho;
    });
  });
  // Averaged with its mirror image, so a table edited by hand still gives a symmetric matrix.
  return se.map((si, i) => se.map((sj, j) => ((correlation[i][j] + correlation[j][i]) / 2) * si * sj));
}

/** The table with its labels in the first row, or null when it has no labels row or column. */
function upright(matrix: unknown[][]): unknown[][] | null {
  if (matrix.length >= 2 && allLabels(matrix[0])) return matrix;
  if (matrix.length > 0 && matrix[0].length >= 2 && allLabels(matrix.map((row) => row[0])))
    return matrix[0].map((_, j) => matrix.map((row) => row[j]));
  return null;
}

/** The row's label: its last text cell that is not a number, or null. */
function rowLabel(row: readonly unknown[]): string | null {
  for (let i = row.length - 1; i >= 0; i--) if (isLabel(row[i])) return String(row[i]);
  return null;
}

/** True when the non-blank cells are all labels, and there is at least one. */
function allLabels(cells: readonly unknown[]): boolean {
  const filled = cells.filter((cell) => !isBlank(cell));
  return filled.length > 0 && filled.every(isLabel);
}
