// Compares two tokens without an early exit, so the time taken tells an attacker nothing.

/**
 * Whether `a` and `b` are the same text, looking at every character of the longer one whatever
 * they hold, so a forger cannot learn a valid token one character at a time from response times.
 * Runs in O(max(|a|, |b|)).
 * @example equalInConstantTime('abc', 'abc') // => true
 */
export function equalInConstantTime(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let difference = a.length ^ b.length;
  for (let i = 0; i < length; i++) difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}
