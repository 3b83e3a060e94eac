import { describe, expect, it } from 'vitest';
import { isBlank } from '../../../src/core/formula/is-blank';

describe('isBlank', () => {
  it('treats "", null, undefined and spaces as omitted (product.md section 3: an empty argument counts as omitted)', () => {
    for (const value of ['', null, undefined, '   ']) expect(isBlank(value)).toBe(true);
  });
  it('keeps zero, FALSE and text as values', () => {
    for (const value of [0, false, 'a', new Date(0), [[]]]) expect(isBlank(value)).toBe(false);
  });
});
