import { describe, expect, it } from 'vitest';
import { readChurnRows } from '../../../src/core/formula/read-churn-rows';

describe('readChurnRows', () => {
  it('reads each customer below the header, blank and bad rows in place', () => {
    const { table, reads } = readChurnRows(
      [['Hours'], [2], [''], ['x'], [4]],
      [['Passed'], [true], [''], [1], ['no']],
    );
    expect(table.names).toEqual(['Hours']);
    expect(reads).toEqual([
      { kind: 'value', row: 0, value: { x: [2], y: 1 } },
      { kind: 'blank', row: 1 },
      { kind: 'error', row: 2, message: 'Hours is not a number: "x"' },
      { kind: 'value', row: 3, value: { x: [4], y: 0 } },
    ]);
  });
  it('refuses outcomes of another length', () => {
    expect(() => readChurnRows([[1], [2]], [[0]])).toThrow('churned has 1 rows but features has 2');
  });
});
