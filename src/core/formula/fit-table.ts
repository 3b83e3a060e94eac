// Lays out a fit's results as the 2-row table (labels, values) that fit formulas return.
import { FormulaError } from './formula-error';

/**
 * `[[label…], [value…]]` from label/value pairs, in order. A value may be text, for a figure that
 * does not exist for this data ("n/a"). Throws FormulaError when a number is NaN or infinite
 * ("the fit did not produce a finite r"), so a fit never returns #NUM!.
 *
 * @example fitTable([['p', 6.25], ['q', 3.74]]) // => [['p', 'q'], [6.25, 3.74]]
 */
export function fitTable<V extends number | string>(
  pairs: ReadonlyArray<readonly [string, V]>,
): [string[], V[]] {
  for (const [label, value] of pairs)
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new FormulaError(`the fit did not produce a finite ${label}`);
  return [pairs.map(([label]) => label), pairs.map(([, value]) => value)];
}
