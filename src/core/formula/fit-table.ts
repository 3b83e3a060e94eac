// Lays out a fit's results as the 2-row table (labels, values) that fit formulas return.
import { FormulaError } from './formula-error';

/**
 * `[[label…], [value…]]` from label/value pairs, in order. Throws FormulaError when a value is
 * NaN or infinite ("the fit did not produce a finite r"), so a fit never returns #NUM!.
 *
 * @example fitTable([['p', 6.25], ['q', 3.74]]) // => [['p', 'q'], [6.25, 3.74]]
 */
export function fitTable(pairs: ReadonlyArray<readonly [string, number]>): [string[], number[]] {
  for (const [label, value] of pairs)
    if (!Number.isFinite(value)) throw new FormulaError(`the fit did not produce a finite ${label}`);
  return [pairs.map(([label]) => label), pairs.map(([, value]) => value)];
}
