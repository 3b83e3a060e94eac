// Pairs of customers the user said are different people, so they are not suggested as duplicates again.

/**
 * The key of an unordered pair of Customer IDs: "C1|C2" and "C2|C1" are one pair.
 * @example notSameKey('C2', 'C1') // => 'C1|C2'
 */
export function notSameKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The pairs as stored (a JSON list of keys); text that is not such a list holds no pairs. */
export function parseNotSame(stored: string | null): Set<string> {
  if (!stored) return new Set();
  try {
    const value: unknown = JSON.parse(stored);
    return new Set(Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : []);
  } catch {
    return new Set();
  }
}
