// A seeded pseudo-random number generator, so simulations are reproducible.

/**
 * A generator of uniform numbers in [0, 1) from a 32-bit seed: Chris Doty-Humphrey's SFC32
 * (PractRand-tested, period ≥ 2³²) with its state filled by the SplitMix32 sequence of the seed and
 * 12 discarded outputs. The same seed always gives the same sequence. Constant time per number.
 *
 * Throws RangeError when the seed is not a finite number.
 *
 * @example createRandom(1)() // => a number in [0, 1), the same on every run
 */
export function createRandom(seed: number): () => number {
  if (!Number.isFinite(seed)) throw new RangeError(`the seed must be a finite number, got ${seed}`);
  let mix = seed >>> 0;
  const splitMix = (): number => {
    mix = (mix + 0x9e3779b9) | 0;
    let z = mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitMix();
  let b = splitMix();
  let c = splitMix();
  let counter = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + counter) | 0;
    counter = (counter + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}
