// Tests for the classification report of a churn model.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classificationReport } from '../../../src/core/models/classification-report';

describe('classificationReport', () => {
  it('counts the confusion matrix and derives the ratios (computed by hand)', () => {
    // predicted positive (p ≥ 0.5): 1 1 0 1 0 0 1 0 against actual 1 1 1 0 0 0 1 0
    // TP = 3 (1st, 2nd, 7th), FP = 1 (4th), FN = 1 (3rd), TN = 3
    // accuracy 6/8, precision 3/4, recall 3/4, F1 = 2·3 / (2·3 + 1 + 1) = 0.75
    // AUC by ranks: sorted 0.1N 0.2N 0.4P 0.4N 0.6N 0.6P 0.8P 0.9P; ties share ranks 3.5 and 5.5;
    // positive rank sum = 3.5 + 5.5 + 7 + 8 = 24; (24 − 4·5/2) / (4·4) = 14/16 = 0.875
    const actual = Object.freeze([1, 1, 1, 0, 0, 0, 1, 0]);
    const probability = Object.freeze([0.9, 0.8, 0.4, 0.6, 0.2, 0.1, 0.6, 0.4]);
    expect(classificationReport(actual, probability)).toEqual({
      accuracy: 0.75,
      precision: 0.75,
      recall: 0.75,
      f1: 0.75,
      rocAuc: 0.875,
      truePositives: 3,
      falsePositives: 1,
      trueNegatives: 3,
      falseNegatives: 1,
    });
    expect(actual).toEqual([1, 1, 1, 0, 0, 0, 1, 0]);
    expect(probability).toEqual([0.9, 0.8, 0.4, 0.6, 0.2, 0.1, 0.6, 0.4]);
  });

  it('counts a probability equal to the threshold as a positive prediction', () => {
    const report = classificationReport([1, 0], [0.3, 0.2], 0.3);
    expect(report.truePositives).toBe(1);
    expect(report.trueNegatives).toBe(1);
  });

  it('reports null, not NaN, for ratios with nothing to divide by', () => {
    // nobody predicted positive: precision undefined; recall 0/1; F1 = 0 / (0 + 0 + 1) = 0
    const none = classificationReport([1, 0], [0.1, 0.2]);
    expect(none.precision).toBeNull();
    expect(none.recall).toBe(0);
    expect(none.f1).toBe(0);
    expect(none.rocAuc).toBe(0);
    // nobody actually positive: recall and AUC undefined; precision 0/1; F1 = 0 / (0 + 1 + 0) = 0
    const noPositives = classificationReport([0, 0], [0.7, 0.2]);
    expect(noPositives.recall).toBeNull();
    expect(noPositives.rocAuc).toBeNull();
    expect(noPositives.precision).toBe(0);
    expect(noPositives.f1).toBe(0);
    // no positive at all: precision, recall and F1 undefined; accuracy 1
    const empty = classificationReport([0, 0], [0.1, 0.2]);
    expect(empty).toMatchObject({ accuracy: 1, precision: null, recall: null, f1: null, rocAuc: null });
  });

  it('gives AUC 1 for a perfect ranking and 0.5 when every probability ties', () => {
    expect(classificationReport([0, 0, 1, 1], [0.1, 0.2, 0.3, 0.9]).rocAuc).toBe(1);
    expect(classificationReport([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]).rocAuc).toBe(0.5);
  });

  it('has an AUC in [0, 1] that reverses when the scores are reversed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 20 })), {
          minLength: 2,
          maxLength: 60,
        }),
        (pairs) => {
          const actual = [...pairs.map(([y]) => y), 0, 1];
          const probability = [...pairs.map(([, p]) => p / 20), 0.5, 0.5];
          const auc = classificationReport(actual, probability).rocAuc!;
          const reversed = classificationReport(
            actual,
            probability.map((p) => 1 - p),
          ).rocAuc!;
          expect(auc).toBeGreaterThanOrEqual(0);
          expect(auc).toBeLessThanOrEqual(1);
          expect(auc + reversed).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it('rejects invalid input', () => {
    expect(() => classificationReport([], [])).toThrow('needs at least one customer');
    expect(() => classificationReport([1, 0], [0.5])).toThrow(
      'there are 2 actual outcomes but 1 probabilities',
    );
    expect(() => classificationReport([2], [0.5])).toThrow('actual value 1 must be 0 or 1');
    expect(() => classificationReport([1], [1.5])).toThrow('probability 1 must be between 0 and 1');
    expect(() => classificationReport([1], [Number.NaN])).toThrow('probability 1 must be a finite number');
    expect(() => classificationReport([1], [0.5], 2)).toThrow('threshold must be between 0 and 1');
  });
});
