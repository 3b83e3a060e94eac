// Quality of a churn model's predictions: confusion counts, accuracy, precision, recall, F1, ROC AUC.

import { requireFinite } from '../metrics/require-finite';

/**
 * How well predicted probabilities match what happened. A ratio whose denominator is 0 is
 * `null`, not NaN: a sheet cannot show NaN (it becomes an error) and JSON cannot carry it,
 * whereas null becomes an empty cell that honestly says "not defined for these data".
 */
export interface ClassificationReport {
  /** (TP + TN) / n. */
  readonly accuracy: number;
  /** TP / (TP + FP); null when nobody is predicted positive. */
  readonly precision: number | null;
  /** TP / (TP + FN); null when nobody is actually positive. */
  readonly recall: number | null;
  /** 2·TP / (2·TP + FP + FN), the harmonic mean of precision and recall; null when there is no positive at all, predicted or actual. */
  readonly f1: number | null;
  /** Area under the ROC curve; null unless both classes occur in `actual`. */
  readonly rocAuc: number | null;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly trueNegatives: number;
  readonly falseNegatives: number;
}

/**
 * Compares predicted probabilities with actual outcomes. A customer is predicted positive when
 * probability ≥ threshold. F1 is computed as 2·TP / (2·TP + FP + FN), equal to
 * 2·precision·recall / (precision + recall) wherever that is defined and 0 when TP = 0 but
 * there are positives (the harmonic mean of a zero recall or precision is 0).
 *
 * ROC AUC is the Mann–Whitney probability that a random positive scores above a random negative,
 * ties counting one half: AUC = (R₁ − n₁(n₁ + 1)/2) / (n₁·n₀), where R₁ is the sum of the ranks of
 * the positives among all probabilities, tied probabilities sharing their average rank (Hanley &
 * McNeil, Radiology 143(1), 1982). It does not depend on the threshold. Runs in O(n log n).
 *
 * @param actual what happened, 1 (positive, e.g. churned) or 0, one per customer
 * @param probability predicted probability of a 1, in [0, 1], one per customer
 * @param threshold probability from which a customer is predicted positive, in [0, 1]
 * @throws {Error} when the lists are empty or of different lengths, an actual value is not 0 or
 *   1, a probability is not a finite number in [0, 1], or the threshold is outside [0, 1].
 * @example
 * classificationReport([1, 0, 1, 0], [0.9, 0.2, 0.4, 0.6]);
 * // => accuracy 0.5, precision 0.5, recall 0.5, f1 0.5, rocAuc 0.75, TP 1, FP 1, TN 1, FN 1
 */
export function classificationReport(
  actual: readonly number[],
  probability: readonly number[],
  threshold = 0.5,
): ClassificationReport {
  requireFinite(threshold, 'threshold');
  if (threshold < 0 || threshold > 1) {
    throw new Error(`threshold must be between 0 and 1 (got ${threshold})`);
  }
  const n = actual.length;
  if (n === 0) throw new Error('a classification report needs at least one customer');
  if (probability.length !== n) {
    throw new Error(
      `there are ${n} actual outcomes but ${probability.length} probabilities; give one per customer`,
    );
  }
  let truePositives = 0;
  let falsePositives = 0;
  let trueNegatives = 0;
  let falseNegatives = 0;
  for (let i = 0; i < n; i++) {
    const y = actual[i];
    if (y !== 0 && y !== 1) throw new Error(`actual value ${i + 1} must be 0 or 1 (got ${String(y)})`);
    const p = requireFinite(probability[i], `probability ${i + 1}`);
    if (p < 0 || p > 1) throw new Error(`probability ${i + 1} must be between 0 and 1 (got ${p})`);
    const predicted = p >= threshold;
    if (predicted && y === 1) truePositives++;
    else if (predicted) falsePositives++;
    else if (y === 1) falseNegatives++;
    else trueNegatives++;
  }
  const ratio = (numerator: number, denominator: number): number | null =>
    denominator === 0 ? null : numerator / denominator;
  return {
    accuracy: (truePositives + trueNegatives) / n,
    precision: ratio(truePositives, truePositives + falsePositives),
    recall: ratio(truePositives, truePositives + falseNegatives),
    f1: ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives),
    rocAuc: rankAuc(actual, probability),
    truePositives,
    falsePositives,
    trueNegatives,
    falseNegatives,
  };
}

/** Mann–Whitney AUC with average ranks for ties; null when a class is missing. */
function rankAuc(actual: readonly number[], probability: readonly number[]): number | null {
  const n = actual.length;
  let positives = 0;
  for (const y of actual) positives += y;
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return null;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => probability[a] - probability[b]);
  let positiveRankSum = 0;
  let start = 0;
  while (start < n) {
    let end = start;
    while (end + 1 < n && probability[order[end + 1]] === probability[order[start]]) end++;
    // Ranks are 1-based: the tie occupying sorted positions start…end shares their mean rank.
    const averageRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) if (actual[order[k]] === 1) positiveRankSum += averageRank;
    start = end + 1;
  }
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
