// Tests for scoring a customer with a fitted churn model.

import { describe, expect, it } from 'vitest';
import { predictChurnProbability } from '../../../src/core/models/predict-churn-probability';

describe('predictChurnProbability', () => {
  // The Wikipedia "Logistic regression" exam example: intercept −4.0777, hours 1.5046.
  const model = Object.freeze({ coefficients: Object.freeze([-4.0777, 1.5046]) });

  it('applies the logistic function to the linear predictor', () => {
    // by hand: η = −4.0777 + 1.5046 · 2 = −1.0685; e^1.0685 = 2.91101; p = 1 / 3.91101 = 0.25569
    expect(predictChurnProbability(model, Object.freeze([2]))).toBeCloseTo(0.25569, 5);
    // by hand: η = −4.0777 + 1.5046 · 4 = 1.9407; e^−1.9407 = 0.14360; p = 1 / 1.14360 = 0.87443
    expect(predictChurnProbability(model, [4])).toBeCloseTo(0.87443, 5);
  });

  it('stays in [0, 1] without overflow for huge linear predictors', () => {
    expect(predictChurnProbability(model, [1e6])).toBe(1);
    expect(predictChurnProbability(model, [-1e6])).toBe(0);
  });

  it('rejects a row of the wrong length and non-finite values', () => {
    expect(() => predictChurnProbability(model, [1, 2])).toThrow(
      'the model has 1 features but the row has 2',
    );
    expect(() => predictChurnProbability(model, [Number.NaN])).toThrow('feature 1 must be a finite number');
    expect(() => predictChurnProbability({ coefficients: [1] }, [])).toThrow(
      'needs an intercept and at least one',
    );
    expect(() => predictChurnProbability({ coefficients: [1, Number.NaN] }, [1])).toThrow(
      'model coefficient 1 must be a finite number',
    );
  });
});
