import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../src/core/formula/formula-error';

describe('FormulaError', () => {
  it('is an Error carrying the message for the user', () => {
    const error = new FormulaError('params is required (the output of CRM_BGNBD_FIT)');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('FormulaError');
    expect(error.message).toBe('params is required (the output of CRM_BGNBD_FIT)');
  });
});
