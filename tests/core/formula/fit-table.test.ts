import { describe, expect, it } from 'vitest';
import { fitTable } from '../../../src/core/formula/fit-table';

describe('fitTable', () => {
  it('lays pairs out as a labels row above a values row', () => {
    expect(
      fitTable([
        ['p', 6.25],
        ['q', 3.74],
      ]),
    ).toEqual([
      ['p', 'q'],
      [6.25, 3.74],
    ]);
  });
  it('lets text stand for a figure that does not exist', () => {
    expect(
      fitTable<number | string>([
        ['accuracy', 1],
        ['precision', 'n/a'],
      ]),
    ).toEqual([
      ['accuracy', 'precision'],
      [1, 'n/a'],
    ]);
  });
  it('refuses a non-finite value', () => {
    expect(() => fitTable([['r', Number.NaN]])).toThrow('the fit did not produce a finite r');
  });
});
