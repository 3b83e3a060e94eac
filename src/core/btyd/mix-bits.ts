// A 32-bit hash of up to three 32-bit words, for the open-addressing tables of the distinct-value indexes.

/**
 * Mixes the words so that nearby inputs land far apart: each is multiplied by its own odd constant
 * (the golden-ratio and murmur3 ones), then the high bits are folded into the low ones, which the
 * caller's mask keeps. Pure integer arithmetic; the result is a signed 32-bit number.
 */
export function mixBits(first: number, second: number, third: number): number {
  let h = Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b) ^ Math.imul(third, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
