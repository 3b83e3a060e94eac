import { describe, expect, it } from 'vitest';
import { readFeatureTable } from '../../../src/core/formula/read-feature-table';

describe('readFeatureTable', () => {
  it('takes the names from a header row of labels', () => {
    const table = readFeatureTable([
      ['Hours', ' Visits '],
      [2, 5],
    ]);
    expect(table).toMatchObject({ header: ['Hours', 'Visits'], names: ['Hours', 'Visits'], width: 2 });
    expect(() => table.readRow([2, 'x'])).toThrow('Visits is not a number: "x"');
  });
  it('names features by position without a header', () => {
    const table = readFeatureTable([
      [2, 5],
      ['1', 3],
    ]);
    expect(table).toMatchObject({ header: null, names: ['feature 1', 'feature 2'], width: 2 });
    expect(table.readRow(table.rows[1])).toEqual([1, 3]);
    expect(() => table.readRow(['', 3])).toThrow('feature 1 is missing');
  });
  it('requires a value', () => {
    expect(() => readFeatureTable('')).toThrow('features is required');
    expect(() => readFeatureTable([[''], ['']])).toThrow('features is required');
  });
});
