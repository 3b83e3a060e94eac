// The forecast horizon every expectation takes: a finite length of time from now.

/**
 * Throws unless `t` is a finite number ≥ 0 (NaN, negatives and Infinity are refused).
 * @throws {RangeError} naming the value given.
 * @example checkHorizon(52) // => undefined
 */
export function checkHorizon(t: number): void {
  if (!(t >= 0 && t < Number.POSITIVE_INFINITY))
    throw new RangeError(`the horizon t must be a number ≥ 0, got ${t}`);
}
