// Lays out a fit's results with their standard errors and correlations under the values row.
import type { ParameterCovarianceResult } from '../btyd/parameter-covariance';
import { fitTable } from './fit-table';
import { correlationLabel, ESTIMATE_LABEL, STANDARD_ERROR_LABEL } from './uncertainty-labels';

/**
 * fitTable's labels and values rows, then a "standard error" row and one "correlation with …" row
 * per parameter, each with its label in an extra last column (the labels row leaves that column
 * blank, the values row says "estimate"). Standard errors and correlations sit under their
 * parameter's column; `derived` adds standard errors of other figures by label (e.g. MBG/NBD's
 * drop-out share); other cells are blank. The labels and values rows stay as fitTable gives them,
 * so a scoring formula reads the table as it reads the 2-row one. When there is no covariance the
 * standard-error row holds "n/a" under each parameter and its label gives the reason, and no
 * correlation rows follow.
 *
 * Throws FormulaError as fitTable does for a value that is not finite.
 *
 * @example fitTableWithUncertainty([['q', 2]], { kind: 'none', names: ['q'], reason: 'flat' })[2] // => ['n/a', 'standard error: n/a (flat)']
 */
export function fitTableWithUncertainty(
  pairs: ReadonlyArray<readonly [string, number | string]>,
  uncertainty: ParameterCovarianceResult,
  derived: Readonly<Record<string, number>> = {},
): unknown[][] {
  const [labels, values] = fitTable(pairs);
  const table: unknown[][] = [
    [...labels, ''],
    [...values, ESTIMATE_LABEL],
  ];
  if (uncertainty.kind === 'none') {
    const names = new Set(uncertainty.names);
    table.push([
      ...labels.map((label) => (names.has(label) ? 'n/a' : '')),
      `${STANDARD_ERROR_LABEL}: n/a (${uncertainty.reason})`,
    ]);
    return table;
  }
  const { names, covariance, standardErrors } = uncertainty;
  const column = new Map(names.map((name, i) => [name, i] as const));
  table.push([
    ...labels.map((label) => {
      const i = column.get(label);
      return i !== undefined ? standardErrors[i] : (derived[label] ?? '');
    }),
    STANDARD_ERROR_LABEL,
  ]);
  names.forEach((name, i) => {
    table.push([
      ...labels.map((label) => {
        const j = column.get(label);
        if (j === undefined) return '';
        if (i === j) return 1;
        // Clamped so that rounding never writes 1.0000000000000002, which a reader would refuse.
        return Math.max(-1, Math.min(1, covariance[i][j] / (standardErrors[i] * standardErrors[j])));
      }),
      correlationLabel(name),
    ]);
  });
  return table;
}
