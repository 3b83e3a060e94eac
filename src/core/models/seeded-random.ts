// Reproducible uniform random numbers, so that sampling and k-means give the same answer every run.

/**
 * A pseudo-random generator of uniform numbers in [0, 1) that always yields the same sequence
 * for the same seed: Marsaglia's xorshift128 (G. Marsaglia, "Xorshift RNGs", Journal of
 * Statistical Software 8(14), 2003, the xor128 example), its four 32-bit state words filled from
 * the seed by the linear congruential step x ← 1664525·x + 1013904223 mod 2³² (Numerical
 * Recipes' "quick and dirty" generator). Period 2¹²⁸ − 1; good enough to pick samples and
 * starting centroids, not for cryptography. Each call runs in O(1).
 *
 * @param seed any finite number; its 32-bit integer part (`seed | 0`) selects the sequence
 * @throws {Error} when the seed is not a finite number.
 * @example
 * const random = seededRandom(42);
 * random(); // => the same number in [0, 1) on every run
 */
export function seededRandom(seed: number): () => number {
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new Error(`seed must be a finite number (got ${String(seed)})`);
  }
  let lcg = seed | 0;
  const next = (): number => {
    lcg = (Math.imul(lcg, 1664525) + 1013904223) | 0;
    return lcg;
  };
  let x = next();
  let y = next();
  let z = next();
  let w = next();
  // xorshift128 is stuck at 0 from an all-zero state; the LCG cannot produce four zeros in a row,
  // but guard anyway so the generator can never degenerate.
  if ((x | y | z | w) === 0) w = 1;
  return () => {
    const t = x ^ (x << 11);
    x = y;
    y = z;
    z = w;
    w = w ^ (w >>> 19) ^ (t ^ (t >>> 8));
    return (w >>> 0) / 4294967296;
  };
}
