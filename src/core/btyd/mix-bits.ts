// A 32-bit hash of up to three 32-bit words, for the open-addressing tables of the distinct-value indexes.

/**
 * Mixes the words so that nearby inputs land far apart (murmur3's finaliser on a combination of
 * them). Pure integer arithmetic; the result is a signed 32-bit number, to be masked by the caller.
 */
export function mixBits(first: number, second: number, third: number): number {
  let h = first ^ Math.imul(second ^ (second >>> 15), 0x27d4eb2d) ^ Math.imul(third, 0x165667b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
