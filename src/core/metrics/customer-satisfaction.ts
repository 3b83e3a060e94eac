// Customer satisfaction score (CSAT): the share of survey answers at or above "satisfied".

import { requireFinite } from './require-finite';

/**
 * CSAT = (answers ≥ satisfiedMin) / answers, a share in [0, 1]. The default threshold 4 suits
 * the usual 1–5 scale (4 "satisfied" and 5 "very satisfied" count). Runs in O(n).
 *
 * @param scores survey answers, finite numbers on any scale
 * @param satisfiedMin lowest answer that counts as satisfied
 * @throws {Error} when there are no scores, or a score or the threshold is not a finite number.
 * @example
 * customerSatisfaction([5, 4, 3, 2]); // => 0.5
 */
export function customerSatisfaction(scores: readonly number[], satisfiedMin = 4): number {
  requireFinite(satisfiedMin, 'satisfied minimum');
  if (scores.length === 0) {
    throw new Error('CSAT needs at least one score');
  }
  let satisfied = 0;
  for (let i = 0; i < scores.length; i++) {
    if (requireFinite(scores[i], `score ${i + 1}`) >= satisfiedMin) satisfied++;
  }
  return satisfied / scores.length;
}
