// Checks that columns of customer summaries have one length and only valid BG/NBD rows.
import { validateBgNbdRow } from './validate-bg-nbd-row';

/**
 * Returns nothing when frequency, recency and T have the same length and every row passes
 * validateBgNbdRow. O(n).
 *
 * Throws RangeError for different lengths or naming the first invalid row ("row 3: recency is
 * greater than T", rows counted from 1).
 */
export function checkBgNbdRows(
  frequency: ArrayLike<number>,
  recency: ArrayLike<number>,
  T: ArrayLike<number>,
): void {
  const n = frequency.length;
  if (recency.length !== n || T.length !== n) {
    throw new RangeError(
      `frequency, recency and T must have the same length (${n}, ${recency.length}, ${T.length})`,
    );
  }
  for (let i = 0; i < n; i++) {
    const problem = validateBgNbdRow(frequency[i], recency[i], T[i]);
    if (problem !== null) throw new RangeError(`row ${i + 1}: ${problem}`);
  }
}
