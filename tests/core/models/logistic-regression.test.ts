// Tests for the logistic regression churn model: published values, score equations, separation, errors.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitLogisticRegression, SeparationError } from '../../../src/core/models/logistic-regression';
import { seededRandom } from '../../../src/core/models/seeded-random';

const freezeRows = (rows: number[][]): readonly (readonly number[])[] =>
  Object.freeze(rows.map((row) => Object.freeze(row)));

// Hours of study and exam result of 20 students: the example of the Wikipedia article "Logistic
// regression" (section "Example: probability of passing an exam versus hours of study"). R's
// glm(Pass ~ Hours, family = binomial) on these data reports (Intercept) −4.077713 and Hours
// 1.504645 (printed in the R Pubs reproduction of the article, rpubs 167443, and rounded to
// −4.1 and 1.5 in the article itself).
const HOURS = [
  0.5, 0.75, 1, 1.25, 1.5, 1.75, 1.75, 2, 2.25, 2.5, 2.75, 3, 3.25, 3.5, 4, 4.25, 4.5, 4.75, 5, 5.5,
];
const PASSED = [0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1];

function probability(coefficients: readonly number[], row: readonly number[]): number {
  const eta = coefficients[0] + row.reduce((sum, x, j) => sum + coefficients[j + 1] * x, 0);
  return 1 / (1 + Math.exp(-eta));
}

function logLikelihood(
  coefficients: readonly number[],
  rows: readonly (readonly number[])[],
  labels: readonly number[],
) {
  return rows.reduce((sum, row, i) => {
    const p = probability(coefficients, row);
    return sum + (labels[i] === 1 ? Math.log(p) : Math.log(1 - p));
  }, 0);
}

/** Xᵀ(y − p) with an intercept column: zero at the maximum likelihood estimate. */
function scoreVector(
  coefficients: readonly number[],
  rows: readonly (readonly number[])[],
  labels: readonly number[],
) {
  const score = new Array<number>(coefficients.length).fill(0);
  rows.forEach((row, i) => {
    const residual = labels[i] - probability(coefficients, row);
    score[0] += residual;
    row.forEach((x, j) => {
      score[j + 1] += x * residual;
    });
  });
  return score;
}

describe('fitLogisticRegression: published example', () => {
  const rows = freezeRows(HOURS.map((h) => [h]));
  const labels = Object.freeze([...PASSED]);
  const model = fitLogisticRegression(rows, labels);

  it('reproduces the coefficients R glm reports for the hours-of-study data', () => {
    expect(model.coefficients[0]).toBeCloseTo(-4.077713, 5);
    expect(model.coefficients[1]).toBeCloseTo(1.504645, 5);
    expect(model.converged).toBe(true);
  });

  it('reports the log-likelihood of its coefficients and satisfies the score equations', () => {
    expect(model.logLikelihood).toBeCloseTo(logLikelihood(model.coefficients, rows, labels), 10);
    for (const component of scoreVector(model.coefficients, rows, labels)) {
      expect(Math.abs(component)).toBeLessThan(1e-8);
    }
  });

  it('keeps the standardised fit consistent with the original-scale coefficients', () => {
    const { means, sds, coefficients } = model.standardized;
    // by hand: mean hours = 55.75 / 20 = 2.7875
    expect(means[0]).toBeCloseTo(2.7875, 12);
    expect(model.coefficients[1]).toBeCloseTo(coefficients[1] / sds[0], 12);
    expect(model.coefficients[0]).toBeCloseTo(coefficients[0] - (coefficients[1] * means[0]) / sds[0], 12);
  });

  it('does not change its inputs', () => {
    expect(rows.map((row) => row[0])).toEqual(HOURS);
    expect(labels).toEqual(PASSED);
  });
});

describe('fitLogisticRegression: several features', () => {
  // 300 customers simulated from a known model with a seeded generator; the maximum likelihood
  // estimate has no closed form, so it is verified by its defining property: the score
  // equations Xᵀ(y − p) = 0, and no nearby coefficients have a higher likelihood.
  const random = seededRandom(2024);
  const rows: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < 300; i++) {
    const row = [random() * 365, Math.floor(random() * 20), random() * 2000 - 500];
    const eta = -1 + 0.004 * row[0] - 0.15 * row[1] + 0.0005 * row[2];
    rows.push(row);
    labels.push(random() < 1 / (1 + Math.exp(-eta)) ? 1 : 0);
  }
  const frozenRows = freezeRows(rows);
  const model = fitLogisticRegression(frozenRows, Object.freeze(labels));

  it('solves the score equations', () => {
    const score = scoreVector(model.coefficients, frozenRows, labels);
    // Each component Σ xᵢⱼ(yᵢ − pᵢ) is compared with Σ |xᵢⱼ|, its scale.
    const scale = [300, ...[0, 1, 2].map((j) => rows.reduce((sum, row) => sum + Math.abs(row[j]), 0))];
    score.forEach((component, j) => {
      expect(Math.abs(component) / scale[j]).toBeLessThan(1e-9);
    });
    expect(model.converged).toBe(true);
    expect(model.coefficients.every(Number.isFinite)).toBe(true);
  });

  it('is a maximum: moving any coefficient lowers the log-likelihood', () => {
    const best = logLikelihood(model.coefficients, frozenRows, labels);
    model.coefficients.forEach((value, j) => {
      for (const step of [-1e-3, 1e-3]) {
        const moved = [...model.coefficients];
        moved[j] = value + step * Math.max(1e-3, Math.abs(value));
        expect(logLikelihood(moved, frozenRows, labels)).toBeLessThan(best);
      }
    });
  });

  it('recovers the signs of the simulating model', () => {
    expect(model.coefficients[1]).toBeGreaterThan(0);
    expect(model.coefficients[2]).toBeLessThan(0);
    expect(model.coefficients[3]).toBeGreaterThan(0);
  });
});

describe('fitLogisticRegression: separation', () => {
  function separationOf(rows: number[][], labels: number[]): SeparationError {
    try {
      fitLogisticRegression(rows, labels);
    } catch (error) {
      if (error instanceof SeparationError) return error;
      throw error;
    }
    throw new Error('expected a SeparationError');
  }

  it('names a feature that separates perfectly on its own', () => {
    // feature 2: churned customers have 10 or more, retained ones 5 or less
    const error = separationOf(
      [
        [1, 1],
        [2, 5],
        [3, 12],
        [1, 10],
        [2, 3],
        [3, 11],
      ],
      [0, 0, 1, 1, 0, 1],
    );
    expect(error.message).toMatch(/^perfect separation: feature 2 separates churned from retained customers/);
    expect(error.kind).toBe('complete');
    expect(error.features).toEqual([2]);
    expect(error.name).toBe('SeparationError');
  });

  it('reports quasi-complete separation when the classes only meet at one value', () => {
    // a yes/no feature: everyone with 1 churned, those with 0 are mixed
    const error = separationOf([[0], [0], [0], [1], [1]], [0, 1, 0, 1, 1]);
    expect(error.message).toMatch(/^quasi-complete separation: feature 1 separates churned from retained/);
    expect(error.kind).toBe('quasi-complete');
  });

  it('finds a combination of features that separates when neither does alone', () => {
    // churned exactly when x1 + x2 > 5; each feature alone overlaps between the classes
    const rows = [
      [1, 1],
      [4, 0],
      [0, 4],
      [2, 2],
      [3, 3.5],
      [5, 1],
      [1, 5],
      [6, 0.5],
      [0, 6],
      [2.5, 1],
    ];
    const labels = rows.map(([a, b]) => (a + b > 5 ? 1 : 0));
    const error = separationOf(rows, labels);
    expect(error.message).toMatch(
      /^perfect separation: features 1 and 2 together separate churned from retained/,
    );
    expect(error.features).toEqual([1, 2]);
    expect(error.kind).toBe('complete');
  });

  it('finds quasi-complete separation by a combination, with customers of both classes on the boundary', () => {
    const rows = [
      [1, 1],
      [4, 0],
      [0, 4],
      [2, 2],
      [3, 3.5],
      [5, 1],
      [1, 5],
      [6, 0.5],
      [0, 6],
      [2.5, 1],
    ];
    const labels = rows.map(([a, b]) => (a + b > 5 ? 1 : 0));
    // four customers with x1 + x2 = 5, two of each class
    const error = separationOf(
      [...rows, [2.5, 2.5], [2.5, 2.5], [4.5, 0.5], [0.5, 4.5]],
      [...labels, 0, 1, 1, 0],
    );
    expect(error.kind).toBe('quasi-complete');
    expect(error.features).toEqual([1, 2]);
    expect(error.message).toMatch(/^quasi-complete separation: features 1 and 2 together/);
  });

  it('does not mistake one extreme but well-fitted customer for separation', () => {
    // the published data plus a student who studied 50 hours and passed: the fit is unchanged
    // (that student's fitted probability is 1 − e^−71) and the coefficients stay finite
    const model = fitLogisticRegression(
      [...HOURS, 50].map((h) => [h]),
      [...PASSED, 1],
    );
    expect(model.coefficients[0]).toBeCloseTo(-4.077713, 5);
    expect(model.coefficients[1]).toBeCloseTo(1.504645, 5);
    expect(model.converged).toBe(true);
  });
});

// Small data sets with long-tailed features, where the likelihood is very flat or the classes
// meet only on a boundary. Whether each is separated was decided independently by the linear
// program of Konis (2007, "Linear programming algorithms for detecting separated data in binary
// logistic regression models", DPhil thesis, Oxford): maximise Σ (2yᵢ − 1)·zᵢ·β subject to
// (2yᵢ − 1)·zᵢ·β ≥ 0 and −1 ≤ β ≤ 1, solved with scipy.optimize.linprog (HiGHS); an optimum above
// 0 means separation. The first two have optimum 7.47 and 18.70 with 3 customers on the boundary
// (quasi-complete); the last three have optimum 0 (overlap: a finite estimate exists).
const QUASI_SEPARATED_LONG_TAILED: [number[][], number[]][] = [
  [
    [
      [2.5, 1.5],
      [2, 228.5],
      [1, 0],
      [4, 0.5],
      [0.5, 1.5],
      [3.5, 4],
      [0, 0.5],
      [0.5, 1.5],
      [247, 73],
      [1, 1],
      [318.5, 3.5],
      [0, 3],
      [3, 235.5],
    ],
    [0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 1],
  ],
  [
    [
      [5, 468.5],
      [418.5, 1],
      [422.5, 0.5],
      [347, 88],
      [4.5, 2],
      [2, 1],
      [3.5, 1.5],
      [4, 341],
      [1, 2.5],
      [0, 0.5],
      [2, 0.5],
      [0, 0.5],
      [104.5, 2.5],
      [374.5, 4],
      [4, 4.5],
      [1.5, 1.5],
      [119.5, 1],
      [2.5, 365.5],
      [199.5, 327.5],
      [424.5, 361.5],
      [4, 4],
      [3.5, 4.5],
      [4.5, 97],
      [309.5, 4.5],
      [1, 2],
    ],
    [1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0],
  ],
];
const OVERLAPPING_LONG_TAILED: [number[][], number[]][] = [
  [
    [
      [1, 437, 0.5],
      [2, 411.5, 2.5],
      [185, 4.5, 1.5],
      [1.5, 0.5, 3.5],
      [2.5, 3.5, 3],
      [351, 3, 4],
      [397.5, 4, 4],
      [1.5, 115.5, 260.5],
      [166.5, 2.5, 1],
      [351, 3.5, 354],
      [4, 3, 4.5],
      [1.5, 1, 4.5],
      [3.5, 1.5, 1.5],
      [449.5, 5, 3],
      [1, 164, 147],
      [154, 4, 3.5],
    ],
    [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1],
  ],
  [
    [
      [176.5, 356.5],
      [3, 3],
      [0.5, 387],
      [3, 3.5],
      [5, 3.5],
      [107.5, 2.5],
      [2.5, 389],
      [2, 1],
      [8.5, 3.5],
      [1, 3],
      [0.5, 0.5],
      [1, 33],
      [4, 3],
      [109, 1],
      [4, 3.5],
      [1, 4],
      [3.5, 3],
      [266.5, 0],
      [4, 357.5],
      [142.5, 413.5],
      [2.5, 4],
      [269.5, 3.5],
      [4, 1.5],
      [3, 495.5],
    ],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
  ],
  [
    [
      [1, 0.5],
      [494.5, 325],
      [4.5, 4.5],
      [221, 73],
      [0, 177.5],
      [1, 1],
      [5, 4],
      [252.5, 191.5],
      [277, 2.5],
      [1.5, 2.5],
      [2.5, 0],
      [3.5, 4],
      [4.5, 103],
      [1, 1],
      [132.5, 368.5],
      [4.5, 104],
      [1, 4.5],
      [472.5, 2.5],
      [3.5, 426],
      [2.5, 3.5],
      [4.5, 4],
      [17.5, 1],
      [4.5, 165.5],
      [2.5, 3],
      [10.5, 471],
      [111.5, 498],
      [3, 2.5],
      [0.5, 407.5],
      [3.5, 4.5],
      [3.5, 1.5],
      [128.5, 0.5],
      [4.5, 0.5],
    ],
    [1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  ],
];

/** Xᵀ(y − p) on the standardised scale, divided by n. */
function standardizedScore(
  model: ReturnType<typeof fitLogisticRegression>,
  rows: readonly (readonly number[])[],
  labels: readonly number[],
) {
  const { means, sds, coefficients } = model.standardized;
  const score = new Array<number>(coefficients.length).fill(0);
  rows.forEach((row, i) => {
    const z = [1, ...row.map((x, j) => (x - means[j]) / sds[j])];
    const eta = z.reduce((sum, v, j) => sum + v * coefficients[j], 0);
    const residual = labels[i] - 1 / (1 + Math.exp(-eta));
    z.forEach((v, j) => {
      score[j] += (v * residual) / rows.length;
    });
  });
  return score;
}

describe('fitLogisticRegression: hard cases checked against a linear program', () => {
  it('reports quasi-complete separation that neither feature shows alone', () => {
    for (const [rows, labels] of QUASI_SEPARATED_LONG_TAILED) {
      expect(() => fitLogisticRegression(rows, labels)).toThrow(SeparationError);
      expect(() => fitLogisticRegression(rows, labels)).toThrow(
        /^quasi-complete separation: features 1 and 2 together/,
      );
    }
  });

  it('fits overlapping data however flat the likelihood, without claiming separation', () => {
    for (const [rows, labels] of OVERLAPPING_LONG_TAILED) {
      const model = fitLogisticRegression(rows, labels);
      expect(model.converged).toBe(true);
      expect(model.coefficients.every(Number.isFinite)).toBe(true);
      for (const component of standardizedScore(model, rows, labels)) {
        expect(Math.abs(component)).toBeLessThan(1e-6);
      }
    }
  });

  it('never returns NaN: a converged fit solves the score equations, anything else is a clear error', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 1000 }));
    const dataSet = fc.integer({ min: 1, max: 3 }).chain((p) =>
      fc.array(fc.tuple(fc.array(value, { minLength: p, maxLength: p }), fc.integer({ min: 0, max: 1 })), {
        minLength: 4,
        maxLength: 25,
      }),
    );
    fc.assert(
      fc.property(dataSet, (data) => {
        const rows = data.map(([row]) => row);
        const labels = data.map(([, y]) => y);
        let model: ReturnType<typeof fitLogisticRegression>;
        try {
          model = fitLogisticRegression(rows, labels);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toMatch(
            /separation|constant|linear combination|every customer is (churned|retained)/,
          );
          return;
        }
        expect(model.coefficients.every(Number.isFinite)).toBe(true);
        expect(Number.isFinite(model.logLikelihood)).toBe(true);
        if (model.converged) {
          for (const component of standardizedScore(model, rows, labels)) {
            expect(Math.abs(component)).toBeLessThan(1e-6);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('fitLogisticRegression: options and invalid input', () => {
  it('stops at maxIterations and says it did not converge', () => {
    const model = fitLogisticRegression(
      HOURS.map((h) => [h]),
      PASSED,
      { maxIterations: 1 },
    );
    expect(model.iterations).toBe(1);
    expect(model.converged).toBe(false);
    expect(model.coefficients.every(Number.isFinite)).toBe(true);
  });

  it('names a constant feature', () => {
    expect(() =>
      fitLogisticRegression(
        [
          [1, 5],
          [2, 5],
          [3, 5],
          [1, 5],
        ],
        [0, 1, 0, 1],
      ),
    ).toThrow('feature 2 is constant (every customer has 5)');
  });

  it('names a feature that is a linear combination of earlier ones', () => {
    // feature 2 = 2 · feature 1
    expect(() =>
      fitLogisticRegression(
        [
          [1, 2, 3],
          [2, 4, 1],
          [3, 6, 2],
          [1, 2, 5],
          [2, 4, 4],
        ],
        [0, 1, 0, 1, 1],
      ),
    ).toThrow('feature 2 is a linear combination of the features before it');
  });

  it('rejects bad labels, one class only, ragged rows and non-finite values', () => {
    expect(() => fitLogisticRegression([[1], [2]], [0, 2])).toThrow(
      'label 2 must be 1 (churned) or 0 (retained)',
    );
    expect(() => fitLogisticRegression([[1], [2]], [1, 1])).toThrow('every customer is churned');
    expect(() => fitLogisticRegression([[1], [2]], [0, 0])).toThrow('every customer is retained');
    expect(() => fitLogisticRegression([[1], [2, 3]], [0, 1])).toThrow(
      'row 2 has 2 features but row 1 has 1',
    );
    expect(() => fitLogisticRegression([[1], [Number.NaN]], [0, 1])).toThrow(
      'row 2, feature 1 must be a finite number',
    );
    expect(() => fitLogisticRegression([[1], [2]], [0])).toThrow('there are 2 feature rows but 1 labels');
    expect(() => fitLogisticRegression([], [])).toThrow('needs at least one customer');
    expect(() => fitLogisticRegression([[], []], [0, 1])).toThrow('needs at least one feature column');
    expect(() => fitLogisticRegression([[1], [2]], [0, 1], { maxIterations: 0 })).toThrow('maxIterations');
    expect(() => fitLogisticRegression([[1], [2]], [0, 1], { tolerance: -1 })).toThrow('tolerance');
  });
});
