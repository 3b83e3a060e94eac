// Reads the features argument of the churn formulas: one row per customer, one column per feature.
import { FormulaError } from './formula-error';
import { isBlank } from './is-blank';
import { isLabel } from './is-label';
import { parseNumber } from './parse-number';
import { toMatrix } from './to-matrix';

/** A features range, its header (when selected with one) kept apart from how its rows are read. */
export interface FeatureTable {
  /** The feature names when the first row is all labels (a range selected with its header). */
  header: string[] | null;
  /** Every row of the range, the header row included. */
  rows: unknown[][];
  /** How many features each row has. */
  width: number;
  /** The names of the features: the header's, or "feature 1", "feature 2", …. */
  names: string[];
  /** One row's features as numbers, each named by header or position in a message. */
  readRow(cells: readonly unknown[]): number[];
}

/**
 * The features argument as a table. Throws FormulaError "features is required" when it holds
 * no value, or naming it for rows of different lengths.
 *
 * @example readFeatureTable([['Hours'], [2]]).names // => ['Hours']
 */
export function readFeatureTable(features: unknown): FeatureTable {
  const rows = toMatrix(features, 'features');
  if (rows.length === 0 || rows.every((row) => row.every(isBlank)))
    throw new FormulaError('features is required');
  const width = rows[0].length;
  const header =
    rows.length > 1 && rows[0].every(isLabel) ? rows[0].map((cell) => String(cell).trim()) : null;
  const names = header ?? Array.from({ length: width }, (_, j) => `feature ${j + 1}`);
  return {
    header,
    rows,
    width,
    names,
    readRow: (cells) => cells.map((cell, j) => parseNumber(cell, names[j])),
  };
}
