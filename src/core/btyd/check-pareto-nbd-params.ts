// Guard for Pareto/NBD parameters handed to a prediction: each must be a positive finite number.
import type { ParetoNbdParams } from './pareto-nbd-params';

/**
 * Returns nothing when r, alpha, s and beta are all positive and finite.
 *
 * Throws RangeError naming the first parameter that is not.
 */
export function checkParetoNbdParams(params: ParetoNbdParams): void {
  for (const name of ['r', 'alpha', 's', 'beta'] as const) {
    const value = params[name];
    if (!(value > 0 && value < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`Pareto/NBD parameter ${name} must be a positive number, got ${value}`);
    }
  }
}
