// "Not the same": pairs of customers the user said are different people, kept in document properties.
import { notSameKey, parseNotSame } from '../core/customer/not-same-pairs';
import type { KeyValueStore } from './ports';

/** The document property holding the pairs, a JSON list of notSameKey keys. */
export const NOT_SAME_KEY = 'crm.notSameCustomers';
/** Under the 9 KB a document property may hold. */
const MAX_CHARS = 9_000;

/** The pairs said not to be the same person. */
export function readNotSame(store: KeyValueStore): Set<string> {
  return parseNotSame(store.get(NOT_SAME_KEY));
}

/**
 * Remembers that customers `a` and `b` are different people, so neither is suggested as a
 * duplicate of the other again. Remembering a pair twice keeps it once. Throws when the list would
 * no longer fit in one document property (about 500 pairs).
 */
export function markNotSame(store: KeyValueStore, a: string, b: string): { pairs: number } {
  if (!a.trim() || !b.trim() || a.trim() === b.trim())
    throw new Error('Two different Customer IDs are needed.');
  const pairs = readNotSame(store);
  pairs.add(notSameKey(a.trim(), b.trim()));
  const text = JSON.stringify([...pairs]);
  if (text.length > MAX_CHARS)
    throw new Error(`The list of customers that are not the same is full (${pairs.size - 1} pairs).`);
  store.set(NOT_SAME_KEY, text);
  return { pairs: pairs.size };
}
