import { describe, expect, it } from 'vitest';
import { bgNbdRowParams } from '../../../src/core/formula/bg-nbd-row-params';

describe('bgNbdRowParams', () => {
  const params = bgNbdRowParams({ frequency: 'Repeat purchases.', recency: 'First to last.', T: 'Age.' });
  it('declares frequency, recency and T as per-row numbers with their descriptions', () => {
    expect(params.map(({ name, description, scope }) => [name, description, scope])).toEqual([
      ['frequency', 'Repeat purchases.', 'row'],
      ['recency', 'First to last.', 'row'],
      ['T', 'Age.', 'row'],
    ]);
    expect(params[2].read('38.86', 'T')).toBe(38.86);
  });
  it('checks the row as BG/NBD requires once T is read', () => {
    const check = params[2].check!;
    expect(() => check({ frequency: 2, recency: 30.43, T: 38.86 })).not.toThrow();
    expect(() => check({ frequency: 2, recency: 40, T: 38.86 })).toThrow('recency is greater than T');
    expect(() => check({ frequency: 0, recency: 3, T: 5 })).toThrow('recency must be 0 when frequency is 0');
    expect(params[0].check).toBeUndefined();
  });
});
