// Natural logarithm of the beta function B(a, b) = Γ(a) Γ(b) / Γ(a + b).
import { logGamma } from './log-gamma';

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) for a, b > 0. Constant time.
 *
 * Throws RangeError when a or b is not positive.
 *
 * @example logBeta(2, 3) // => -2.484906649787998 (ln 1/12)
 */
export function logBeta(a: number, b: number): number {
  if (!(a > 0) || !(b > 0)) throw new RangeError(`logBeta needs positive arguments, got ${a} and ${b}`);
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}
