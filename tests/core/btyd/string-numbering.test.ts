import { describe, expect, it } from 'vitest';
import { StringNumbering } from '../../../src/core/btyd/string-numbering';

describe('StringNumbering', () => {
  it('numbers texts in order of first appearance and gives a repeated text its number', () => {
    const numbering = new StringNumbering();
    expect(['b', 'a', 'b', '', 'a', 'c'].map((text) => numbering.numberOf(text))).toEqual([0, 1, 0, 2, 1, 3]);
    expect(numbering.texts).toEqual(['b', 'a', '', 'c']);
  });

  it('keeps every one of 20,000 zero-padded IDs apart as its table grows, as a Map would', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => String((i * 7919) % 20_000).padStart(5, '0'));
    const numbering = new StringNumbering();
    const map = new Map<string, number>();
    const numbers = [...ids, ...ids].map((id) => numbering.numberOf(id));
    const expected = [...ids, ...ids].map((id) => {
      if (!map.has(id)) map.set(id, map.size);
      return map.get(id);
    });
    expect(numbers).toEqual(expected);
    expect(numbering.texts).toEqual([...map.keys()]);
  });
});
