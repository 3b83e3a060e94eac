// Reads fitted parameters passed back into a formula: a fit's 2-row table or just its values.
import { FormulaError } from './formula-error';
import { isBlank } from './is-blank';
import { isLabel } from './is-label';
import { normaliseLabel } from './normalise-label';
import { parseNumber } from './parse-number';
import { toMatrix } from './to-matrix';

/** What a params argument must hold. */
export interface ParamsSpec {
  /** The argument's name, for messages ("params", "gg_params"). */
  argument: string;
  /** The formula whose output this argument is ("CRM_BGNBD_FIT"). */
  source: string;
  /** How many values are read. */
  count: number;
  /** Labels of those values, in order. With labels, a labelled table is matched by label;
   *  without, values are taken by position. */
  labels?: readonly string[];
  /** Every value must be greater than 0 (rates and shapes of a distribution). */
  positive?: boolean;
}

/**
 * The `count` parameter values of a params argument, in the order of `spec.labels`. Accepted:
 * the fit's table as it spills (a labels row above a values row, extra columns allowed and
 * ignored), the same table turned sideways (labels in the first column), or just the values as
 * a row or a column (taken by position). Labels match without case, spaces or punctuation, and
 * Greek letters count as their names (α = alpha).
 *
 * Throws FormulaError when the argument is omitted ("params is required (the output of
 * CRM_BGNBD_FIT)"), a label is missing, there are too few values, a value is not a number, or a
 * value that must be positive is not.
 */
export function parseParams(value: unknown, spec: ParamsSpec): number[] {
  const matrix = toMatrix(value, spec.argument);
  if (matrix.every((row) => row.every(isBlank)))
    throw new FormulaError(`${spec.argument} is required (the output of ${spec.source})`);
  const { labels, values } = split(matrix);
  const names = spec.labels ?? Array.from({ length: spec.count }, (_, i) => `value ${i + 1}`);
  let picked: unknown[];
  if (labels && spec.labels) {
    const index = new Map(labels.map((label, i) => [normaliseLabel(label), i] as const));
    picked = spec.labels.map((label) => {
      const at = index.get(normaliseLabel(label));
      if (at === undefined)
        throw new FormulaError(`${spec.argument} has no "${label}" (the output of ${spec.source})`);
      return values[at];
    });
  } else {
    picked = values.filter((cell) => !isBlank(cell)).slice(0, spec.count);
    if (picked.length < spec.count)
      throw new FormulaError(
        `${spec.argument} needs ${spec.count} values (${names.join(', ')}), the output of ${spec.source}; got ${picked.length}`,
      );
  }
  return picked.map((cell, i) => {
    const number = parseNumber(cell, `${spec.argument} ${names[i]}`);
    if (spec.positive && !(number > 0))
      throw new FormulaError(`${spec.argument} ${names[i]} must be greater than 0`);
    return number;
  });
}

/** Separates labels from values, whichever way the table is laid out. */
function split(matrix: unknown[][]): { labels: string[] | null; values: unknown[] } {
  if (matrix.length >= 2 && allLabels(matrix[0]))
    return { labels: matrix[0].map((cell) => String(cell)), values: matrix[1] };
  const first = matrix.map((row) => row[0]);
  if (matrix[0].length >= 2 && allLabels(first))
    return { labels: first.map((cell) => String(cell)), values: matrix.map((row) => row[1]) };
  return { labels: null, values: matrix.flat() };
}

/** True when the non-blank cells are all labels, and there is at least one. */
function allLabels(cells: unknown[]): boolean {
  const filled = cells.filter((cell) => !isBlank(cell));
  return filled.length > 0 && filled.every(isLabel);
}
