import { describe, expect, it } from 'vitest';
import { parseChurnCoefficients, ROWS_USED } from '../../../src/core/formula/parse-churn-coefficients';

describe('parseChurnCoefficients', () => {
  const table = [
    ['intercept', 'Hours', ROWS_USED, 'invalid rows'],
    [-4.0777, 1.5046, 20, 0],
  ];
  it('reads the coefficients of the model table, its values row or typed coefficients', () => {
    expect(parseChurnCoefficients(table, 1)).toEqual([-4.0777, 1.5046]);
    expect(parseChurnCoefficients([table[1]], 1)).toEqual([-4.0777, 1.5046]);
    expect(parseChurnCoefficients([[-4.0777, 1.5046]], 1)).toEqual([-4.0777, 1.5046]);
  });
  it('refuses a model of another number of features', () => {
    expect(() => parseChurnCoefficients(table, 2)).toThrow('model has 1 features but features has 2 columns');
    expect(() => parseChurnCoefficients([[1, 2]], 2)).toThrow(
      'model has 2 values, which does not fit 2 feature columns',
    );
    expect(() => parseChurnCoefficients('', 1)).toThrow('model is required (the output of CRM_CHURN_MODEL)');
  });
});
