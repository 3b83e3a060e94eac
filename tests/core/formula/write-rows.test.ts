import { describe, expect, it } from 'vitest';
import type { RowRead } from '../../../src/core/formula/read-rows';
import { writeRows } from '../../../src/core/formula/write-rows';

describe('writeRows', () => {
  const reads: RowRead<unknown[]>[] = [
    { kind: 'value', row: 0, value: [0.5, 'a'] },
    { kind: 'blank', row: 1 },
    { kind: 'error', row: 2, message: 'recency is greater than T' },
    { kind: 'value', row: 3, value: [Number.NaN] },
    { kind: 'value', row: 4, value: [1] },
  ];
  it('writes blank rows blank, bad rows as "row N: …" and pads every row', () => {
    expect(writeRows(reads, 2, false)).toEqual([
      [0.5, 'a'],
      ['', ''],
      ['row 3: recency is greater than T', ''],
      ['row 4: the result is not a finite number', ''],
      [1, ''],
    ]);
  });
  it('returns one value, unprefixed, for a call without ranges', () => {
    expect(writeRows([{ kind: 'value', row: 0, value: [0.25] }], 1, true)).toBe(0.25);
    expect(writeRows([{ kind: 'error', row: 0, message: 'T is missing' }], 1, true)).toBe('T is missing');
  });
});
