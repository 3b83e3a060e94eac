import { describe, expect, it } from 'vitest';
import { toColumn } from '../../../src/core/formula/to-column';

describe('toColumn', () => {
  it('reads a one-column range top to bottom and a single value as one row', () => {
    expect(toColumn([[1], [''], [3]], 'x')).toEqual([1, '', 3]);
    expect(toColumn(7, 'x')).toEqual([7]);
    expect(toColumn([[7]], 'x')).toEqual([7]);
  });
  it('refuses several columns, naming the argument', () => {
    expect(() => toColumn([[1, 2]], 'frequency')).toThrow('frequency must be a single column, not 2 columns');
  });
});
