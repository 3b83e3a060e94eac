import { describe, expect, it } from 'vitest';
import { alignColumns } from '../../../src/core/formula/align-columns';

describe('alignColumns', () => {
  it('repeats single values on every row of the ranges', () => {
    const aligned = alignColumns([
      { name: 'horizon', value: 39, required: true },
      { name: 'frequency', value: [[1], [2], [3]], required: true },
    ]);
    expect(aligned.rows).toBe(3);
    expect(aligned.single).toBe(false);
    expect([0, 1, 2].map((row) => aligned.cell('horizon', row))).toEqual([39, 39, 39]);
    expect([0, 1, 2].map((row) => aligned.cell('frequency', row))).toEqual([1, 2, 3]);
  });
  it('is single when no argument is a range', () => {
    const aligned = alignColumns([
      { name: 'a', value: 1, required: true },
      { name: 'b', value: '2', required: true },
    ]);
    expect(aligned).toMatchObject({ rows: 1, single: true });
    expect(aligned.isBlankRow(0)).toBe(false);
  });
  it('calls a row blank only when every full-length range is blank there', () => {
    const aligned = alignColumns([
      { name: 'x', value: [[1], [''], [null], ['']], required: true },
      { name: 'y', value: [[1], [''], [''], [5]], required: true },
      { name: 'p', value: [[9]], required: true },
    ]);
    expect([0, 1, 2, 3].map((row) => aligned.isBlankRow(row))).toEqual([false, true, true, false]);
  });
  it('reports an omitted required argument, whichever way it was omitted', () => {
    for (const omitted of ['', null, undefined])
      expect(() =>
        alignColumns([
          { name: 'frequency', value: [[1]], required: true },
          { name: 'recency', value: omitted, required: true },
        ]),
      ).toThrow('recency is required');
  });
  it('lets an optional argument be omitted', () => {
    const aligned = alignColumns([
      { name: 'x', value: [[1], [2]], required: true },
      { name: 'threshold', value: undefined, required: false },
    ]);
    expect(aligned.cell('threshold', 1)).toBe(undefined);
  });
  it('refuses ranges of different lengths', () => {
    expect(() =>
      alignColumns([
        { name: 'frequency', value: [[1], [2], [3]], required: true },
        { name: 'recency', value: [[1], [2]], required: true },
      ]),
    ).toThrow('recency has 2 rows but frequency has 3');
  });
});
