// The churn model, scoring, classification report and recommendation formulas, called as Sheets calls them.
import { describe, expect, it } from 'vitest';
import { customFunctionEntryPoints as crm } from '../../../src/entry/custom-functions';

const column = (values: unknown[]) => values.map((value) => [value]);

// Wikipedia, "Logistic regression", example "Probability of passing an exam versus hours of
// study": 20 students; maximum likelihood gives intercept −4.0777 and slope 1.5046 per hour, and
// a student who studies 2 hours passes with probability 0.26 (1 / (1 + e^−(−4.0777 + 2·1.5046))).
const HOURS = [
  0.5, 0.75, 1, 1.25, 1.5, 1.75, 1.75, 2, 2.25, 2.5, 2.75, 3, 3.25, 3.5, 4, 4.25, 4.5, 4.75, 5, 5.5,
];
const PASSED = [0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1];

describe('CRM_CHURN_MODEL', () => {
  it('fits the published coefficients, intercept first, with labels', () => {
    const out = crm.CRM_CHURN_MODEL.run(column(HOURS), column(PASSED)) as unknown[][];
    expect(out[0]).toEqual(['intercept', 'feature 1', 'rows used', 'invalid rows']);
    expect(out[1][0]).toBeCloseTo(-4.0777, 3);
    expect(out[1][1]).toBeCloseTo(1.5046, 3);
    expect(out[1].slice(2)).toEqual([20, 0]);
  });
  it('names coefficients from a header row, accepts TRUE/FALSE and skips blank and bad rows', () => {
    const features = [['Hours'], ...column(HOURS), [''], ['lots']];
    const churned = [['Passed'], ...column(PASSED.map((y) => y === 1)), [''], [true]];
    const out = crm.CRM_CHURN_MODEL.run(features, churned) as unknown[][];
    expect(out[0]).toEqual(['intercept', 'Hours', 'rows used', 'invalid rows']);
    expect(out[1][1]).toBeCloseTo(1.5046, 3);
    expect(out[1].slice(2)).toEqual([20, 1]);
  });
  it('reports separation and mismatched ranges as text', () => {
    expect(crm.CRM_CHURN_MODEL.run(column([1, 2, 3, 4]), column([0, 0, 1, 1]))).toMatch(
      /^CRM_CHURN_MODEL: .*separat/,
    );
    expect(crm.CRM_CHURN_MODEL.run(column([1, 2]), column([0]))).toBe(
      'CRM_CHURN_MODEL: churned has 1 rows but features has 2',
    );
    expect(crm.CRM_CHURN_MODEL.run('', column([0]))).toBe('CRM_CHURN_MODEL: features is required');
  });
});

describe('CRM_CHURN_SCORE', () => {
  const model = crm.CRM_CHURN_MODEL.run(column(HOURS), column(PASSED)) as unknown[][];
  it('gives 0.26 for 2 hours with the fitted table, its values row or typed coefficients', () => {
    for (const m of [model, [model[1]], [[-4.0777, 1.5046]]]) {
      const p = crm.CRM_CHURN_SCORE.run(2, m) as number;
      expect(p).toBeCloseTo(0.2557, 3);
    }
  });
  it('scores per row, labels a header row and keeps blank and bad rows in place', () => {
    const out = crm.CRM_CHURN_SCORE.run([['Hours'], [2], [''], ['x'], [4]], model) as unknown[][];
    expect(out[0]).toEqual(['churn probability']);
    expect(out[1][0]).toBeCloseTo(0.2557, 3);
    expect(out[2]).toEqual(['']);
    expect(out[3]).toEqual(['row 4: Hours is not a number: "x"']);
    // 1 / (1 + e^−(−4.0777 + 4·1.5046)) = 1 / (1 + e^−1.9407) = 0.874 (by hand)
    expect(out[4][0]).toBeCloseTo(0.874, 3);
  });
  it('refuses a model fitted on a different number of features', () => {
    expect(crm.CRM_CHURN_SCORE.run([[1, 2]], model)).toBe(
      'CRM_CHURN_SCORE: model has 1 features but features has 2 columns',
    );
    expect(crm.CRM_CHURN_SCORE.run([[1, 2]], [[1, 2]])).toBe(
      'CRM_CHURN_SCORE: model has 2 values, which does not fit 2 feature columns',
    );
    expect(crm.CRM_CHURN_SCORE.run([[1]], '')).toBe(
      'CRM_CHURN_SCORE: model is required (the output of CRM_CHURN_MODEL)',
    );
  });
});

describe('CRM_CLASSIFICATION_REPORT', () => {
  // By hand, threshold 0.5: predictions 1, 0, 0, 1 against 1, 0, 1, 0 give TP 1, FP 1, TN 1, FN 1,
  // so accuracy, precision, recall and F1 are all 1/2; ROC AUC counts the positive scored above
  // the negative in 3 of the 4 pairs (0.9 > 0.2, 0.9 > 0.6, 0.4 > 0.2; not 0.4 > 0.6): 0.75.
  it('reports the figures as labels and values', () => {
    const out = crm.CRM_CLASSIFICATION_REPORT.run(column([1, 0, 1, 0]), column([0.9, 0.2, 0.4, 0.6]));
    expect(out).toEqual([
      [
        'accuracy',
        'precision',
        'recall',
        'F1',
        'ROC AUC',
        'true positives',
        'false positives',
        'true negatives',
        'false negatives',
        'rows used',
        'invalid rows',
      ],
      [0.5, 0.5, 0.5, 0.5, 0.75, 1, 1, 1, 1, 4, 0],
    ]);
  });
  it('uses the threshold and writes n/a for a ratio that does not exist', () => {
    const out = crm.CRM_CLASSIFICATION_REPORT.run(column([1, 0, 'x', '']), column([0.9, 0.2, 0.5, '']), 0.95);
    // Nobody reaches 0.95: precision has no denominator; TN 1, FN 1, accuracy 1/2 (by hand).
    expect((out as unknown[][])[1]).toEqual([0.5, 'n/a', 0, 0, 1, 0, 0, 1, 1, 2, 1]);
  });
  it('rejects probabilities outside [0, 1] row by row', () => {
    const out = crm.CRM_CLASSIFICATION_REPORT.run(column([1, 0, 1]), column([0.9, 1.2, 0.1])) as unknown[][];
    expect(out[1].slice(-2)).toEqual([2, 1]);
  });
});

describe('CRM_RECOMMEND', () => {
  // a bought tea and cup, b tea, c tea and sugar, d cup. For b, cup and sugar each co-occur with
  // tea once (a; c); the tie goes to the more popular cup (2 buyers against 1). An unknown
  // customer gets the popularity ranking tea (3), cup (2), sugar (1). By hand.
  const ids = column(['a', 'a', 'b', 'c', 'c', 'd', '', 'e']);
  const products = column(['tea', 'cup', 'tea', 'tea', 'sugar', 'cup', 'tea', '']);
  it('lists the top n products per customer, padding short lists and keeping blank rows', () => {
    expect(crm.CRM_RECOMMEND.run(ids, products, column(['b', '', 'z']))).toEqual([
      ['cup', 'sugar', ''],
      ['', '', ''],
      ['tea', 'cup', 'sugar'],
    ]);
  });
  it('takes a single customer and n', () => {
    expect(crm.CRM_RECOMMEND.run(ids, products, 'b', 1)).toEqual([['cup']]);
    expect(crm.CRM_RECOMMEND.run(ids, products, 'b', 0)).toBe(
      'CRM_RECOMMEND: n must be a whole number, 1 or more',
    );
  });
});
