// Guard for MBG/NBD parameters handed to a prediction: each must be a positive finite number.
import type { MbgNbdParams } from './mbg-nbd-params';

/**
 * Returns nothing when r, alpha, a and b are all positive and finite.
 *
 * Throws RangeError naming the first parameter that is not.
 */
export function checkMbgNbdParams(params: MbgNbdParams): void {
  for (const name of ['r', 'alpha', 'a', 'b'] as const) {
    const value = params[name];
    if (!(value > 0 && value < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`MBG/NBD parameter ${name} must be a positive number, got ${value}`);
    }
  }
}
