import { describe, expect, it } from 'vitest';
import { mapRowValues } from '../../../src/core/formula/map-row-values';
import type { RowRead } from '../../../src/core/formula/read-rows';

describe('mapRowValues', () => {
  const reads: RowRead<number>[] = [
    { kind: 'value', row: 0, value: 1 },
    { kind: 'blank', row: 1 },
    { kind: 'error', row: 2, message: 'bad' },
    { kind: 'value', row: 3, value: 3 },
  ];
  it('computes over the good rows only and puts results back in place', () => {
    // Shares of 1 and 3 in their total 4 (computed by hand): 0.25 and 0.75.
    const shares = mapRowValues(reads, (values) => {
      const total = values.reduce((a, b) => a + b, 0);
      return values.map((v) => v / total);
    });
    expect(shares).toEqual([
      { kind: 'value', row: 0, value: 0.25 },
      { kind: 'blank', row: 1 },
      { kind: 'error', row: 2, message: 'bad' },
      { kind: 'value', row: 3, value: 0.75 },
    ]);
  });
  it('throws when the computation loses results', () => {
    expect(() => mapRowValues(reads, () => [1])).toThrow('expected 2 results, got 1');
  });
});
