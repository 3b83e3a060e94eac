import { describe, expect, it } from 'vitest';
import { cellError } from '../../../src/core/clean/cell-error';

describe('cellError', () => {
  it('recognises the error values getValues returns as strings', () => {
    expect(
      ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#ERROR!', '#NULL!', ' #n/a '].map(
        cellError,
      ),
    ).toEqual(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#ERROR!', '#NULL!', '#N/A']);
  });

  it('gives empty for other values, including order numbers that start with #', () => {
    expect(cellError('#1001')).toBe('');
    expect(cellError('N/A')).toBe('');
    expect(cellError(0)).toBe('');
    expect(cellError(null)).toBe('');
  });
});
