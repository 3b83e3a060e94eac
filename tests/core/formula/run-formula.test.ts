import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../src/core/formula/formula-error';
import { runFormula } from '../../../src/core/formula/run-formula';

describe('runFormula', () => {
  it('returns the body value', () => {
    expect(runFormula('CRM_X', () => [[1]])).toEqual([[1]]);
  });
  it('turns a thrown error into text naming the formula', () => {
    expect(
      runFormula('CRM_PALIVE', () => {
        throw new FormulaError('params is required (the output of CRM_BGNBD_FIT)');
      }),
    ).toBe('CRM_PALIVE: params is required (the output of CRM_BGNBD_FIT)');
  });
});
