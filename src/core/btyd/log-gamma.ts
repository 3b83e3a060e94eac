// Natural logarithm of the gamma function for positive arguments.

const HALF_LOG_TWO_PI = 0.9189385332046728;
// Below this the Stirling series is not accurate to double precision, so the argument is shifted up.
const SHIFT_TO = 10;

/**
 * ln Γ(x) for x > 0. Arguments below 10 are moved up with Γ(x + 1) = x Γ(x) and the value is taken
 * from the Stirling series (terms up to x⁻¹³), accurate to about 1e-15 relative for large x and
 * 1e-15 absolute near the zeros at 1 and 2. Constant time.
 *
 * Throws RangeError when x is not a positive number (the BTYD models only need x > 0).
 *
 * @example logGamma(5) // => 3.178053830347947 (ln 24)
 */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma needs a positive argument, got ${x}`);
  if (x === Number.POSITIVE_INFINITY) return x;
  let shift = 0;
  if (x < SHIFT_TO) {
    // Product of the shifted factors; at most 10 factors, each at most 10, so it cannot overflow.
    let product = 1;
    while (x < SHIFT_TO) {
      product *= x;
      x += 1;
    }
    shift = Math.log(product);
  }
  const inverse = 1 / x;
  const inverse2 = inverse * inverse;
  // Stirling series: B₂ₖ / (2k (2k − 1) x^(2k−1)), k = 1…7.
  const series =
    inverse *
    (1 / 12 +
      inverse2 *
        (-1 / 360 +
          inverse2 *
            (1 / 1260 +
              inverse2 * (-1 / 1680 + inverse2 * (1 / 1188 + inverse2 * (-691 / 360360 + inverse2 / 156))))));
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series - shift;
}
