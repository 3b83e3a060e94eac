import { describe, expect, it } from 'vitest';
import { isLabel } from '../../../src/core/formula/is-label';

describe('isLabel', () => {
  it('accepts text that is not a number', () => {
    for (const cell of ['alpha', 'Frequency', 'n/a', 'row 3', '12abc']) expect(isLabel(cell)).toBe(true);
  });
  it('rejects numbers, numeric text, blanks and other values', () => {
    for (const cell of [1, '0.25', ' 12 ', '10%', '', '  ', null, true, new Date(0)])
      expect(isLabel(cell)).toBe(false);
  });
});
