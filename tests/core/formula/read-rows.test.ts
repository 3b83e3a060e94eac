import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../src/core/formula/formula-error';
import { readRows } from '../../../src/core/formula/read-rows';

describe('readRows', () => {
  it('keeps blank rows blank and a bad row as its message, without stopping', () => {
    const reads = readRows(
      3,
      (row) => row === 1,
      (row) => {
        if (row === 2) throw new FormulaError('recency is greater than T');
        return row * 10;
      },
    );
    expect(reads).toEqual([
      { kind: 'value', row: 0, value: 0 },
      { kind: 'blank', row: 1 },
      { kind: 'error', row: 2, message: 'recency is greater than T' },
    ]);
  });
});
