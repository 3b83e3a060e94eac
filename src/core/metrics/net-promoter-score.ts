// Net Promoter Score of a list of 0–10 survey answers.

import { requireFinite } from './require-finite';

/**
 * Net Promoter Score = 100 · (promoters − detractors) / answers, where promoters answered 9 or
 * 10 and detractors 0 to 6 (passives, 7 and 8, count only in the denominator). Ranges from −100
 * (all detractors) to 100 (all promoters). Runs in O(n).
 *
 * @param scores answers to "how likely are you to recommend us", whole numbers 0…10
 * @throws {Error} when there are no scores or a score is not a whole number from 0 to 10.
 * @example
 * netPromoterScore([10, 9, 8, 7, 3]); // => 20 (2 promoters, 1 detractor, 5 answers: 100 · (2 − 1) / 5)
 */
export function netPromoterScore(scores: readonly number[]): number {
  if (scores.length === 0) {
    throw new Error('NPS needs at least one score');
  }
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = requireFinite(scores[i], `score ${i + 1}`);
    if (!Number.isInteger(score) || score < 0 || score > 10) {
      throw new Error(`score ${i + 1} must be a whole number from 0 to 10 (got ${score})`);
    }
    if (score >= 9) promoters++;
    else if (score <= 6) detractors++;
  }
  return (100 * (promoters - detractors)) / scores.length;
}
