// Gamma-distributed random numbers from a uniform generator.

/**
 * A Gamma(shape, 1) variate: Marsaglia & Tsang (2000), "A simple method for generating gamma
 * variables", ACM TOMS 26(3), for shape ≥ 1 (normal deviates by Box–Muller), and for shape < 1
 * their boost Gamma(shape + 1) · U^(1/shape). Divide by a rate to get Gamma(shape, rate). Expected
 * constant time (the rejection step accepts over 95 % of candidates).
 *
 * Throws RangeError when shape is not a positive finite number.
 */
export function randomGamma(random: () => number, shape: number): number {
  if (!(shape > 0 && shape < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`the gamma shape must be a positive number, got ${shape}`);
  }
  if (shape < 1) {
    // 1 − U lies in (0, 1], so the power is never 0^(1/shape) from a zero draw.
    return randomGamma(random, shape + 1) * (1 - random()) ** (1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const base = 1 + c * normal;
    if (base <= 0) continue;
    const v = base * base * base;
    const u = 1 - random();
    const square = normal * normal;
    if (u < 1 - 0.0331 * square * square) return d * v;
    if (Math.log(u) < 0.5 * square + d * (1 - v + Math.log(v))) return d * v;
  }
}
