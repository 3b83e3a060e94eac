// How alike two person names are, word by word, for merge suggestions.
import { jaroWinkler } from './jaro-winkler';

/** The best Jaro–Winkler match in `others` of each word of `words`, averaged. */
function meanBestMatch(words: readonly string[], others: readonly string[]): number {
  let sum = 0;
  for (const word of words) {
    let best = 0;
    for (const other of others) best = Math.max(best, jaroWinkler(word, other));
    sum += best;
  }
  return sum / words.length;
}

/**
 * Similarity in [0, 1] of two name keys (nameKey: lower case, words sorted), compared word by
 * word: the symmetric Monge–Elkan score (Monge & Elkan 1996, "The field matching problem"), the
 * mean over both directions of each word's best Jaro–Winkler match among the other name's words.
 * Unlike Jaro–Winkler over the whole text, a shared surname does not make "kemi fontaine" and
 * "kofi fontaine" alike (0.85), while a typo in one word still scores high ("bruna costa" ~
 * "bruno costa" 0.96) and a missing middle name costs only its own word. 0 when either is empty.
 * O(|a| · |b|) in characters.
 * @example nameSimilarity('ana silva', 'ana silva') // => 1
 */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  const wordsA = a.split(' ').filter(Boolean);
  const wordsB = b.split(' ').filter(Boolean);
  if (wordsA.length === 0 || wordsB.length === 0) return 0;
  return (meanBestMatch(wordsA, wordsB) + meanBestMatch(wordsB, wordsA)) / 2;
}
