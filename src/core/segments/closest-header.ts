// The known header a mistyped column name most likely meant, for "unknown column" messages.
import { normalizeHeader } from '../table/normalize-header';

/** Edit distance (insertions, deletions, substitutions) between two keys, with one row of memory. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Names longer than this are not compared letter by letter: the distance would cost too much and mean little. */
const MAX_COMPARED = 64;

/**
 * The header of `headers` closest to `name`, compared as header keys (case, spaces, punctuation
 * ignored): a header that starts with the name ("P" → "P(alive)", "Predicted" → "Predicted CLV
 * 12m") first, else the smallest edit distance if it is at most a third of the name's length (at
 * least 2). Undefined when nothing is that close. Runs in O(headers × name length × header length).
 * @example closestHeader('Churn rsk', ['Revenue', 'Churn risk']) // => 'Churn risk'
 */
export function closestHeader(name: string, headers: readonly string[]): string | undefined {
  const key = normalizeHeader(name);
  if (!key || key.length > MAX_COMPARED) return undefined;
  const prefixed = headers.find((header) => normalizeHeader(header).startsWith(key));
  if (prefixed !== undefined) return prefixed;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const header of headers) {
    const other = normalizeHeader(header);
    if (!other || other.length > MAX_COMPARED) continue;
    const distance = editDistance(key, other);
    if (distance < bestDistance) {
      best = header;
      bestDistance = distance;
    }
  }
  return best;
}
