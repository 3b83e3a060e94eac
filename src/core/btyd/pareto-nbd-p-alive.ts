// Probability that a Pareto/NBD customer is still active at the end of their observation period.
import { checkParetoNbdParams } from './check-pareto-nbd-params';
import { paretoNbdPAliveUnchecked } from './pareto-nbd-p-alive-unchecked';
import type { ParetoNbdParams } from './pareto-nbd-params';
import { validateBgNbdRow } from './validate-bg-nbd-row';

/**
 * P(alive | x, tx, T) = 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A₀) (Fader & Hardie 2005,
 * "A Note on Deriving the Pareto/NBD Model and Related Expressions", eq. 37), computed from ln A₀
 * so that the powers cannot overflow. Unlike BG/NBD it is below 1 even when x = 0, since a
 * Pareto/NBD customer can drop out at any time. 1 when tx = T. Constant time apart from the series.
 *
 * Throws RangeError when a parameter is not positive or the row is invalid (validateBgNbdRow).
 *
 * @example paretoNbdPAlive({ r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }, 2, 30.43, 38.86) // => 0.8692
 */
export function paretoNbdPAlive(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  checkParetoNbdParams(params);
  const problem = validateBgNbdRow(x, tx, T);
  if (problem !== null) throw new RangeError(problem);
  return paretoNbdPAliveUnchecked(params, x, tx, T);
}
