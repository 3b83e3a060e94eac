import { describe, expect, it } from 'vitest';
import { goodRows } from '../../../src/core/formula/good-rows';

describe('goodRows', () => {
  it('keeps the values in order and counts bad rows, not blank ones', () => {
    expect(
      goodRows([
        { kind: 'value', row: 0, value: 'a' },
        { kind: 'blank', row: 1 },
        { kind: 'error', row: 2, message: 'frequency is missing' },
        { kind: 'value', row: 3, value: 'b' },
      ]),
    ).toEqual({ values: ['a', 'b'], invalid: 1 });
    expect(goodRows([])).toEqual({ values: [], invalid: 0 });
  });
});
