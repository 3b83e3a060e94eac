import { describe, expect, it } from 'vitest';
import { isoDay } from '../../../src/core/btyd/iso-day';

describe('isoDay', () => {
  it('writes a day number as its calendar date', () => {
    expect(isoDay(0)).toBe('1970-01-01');
    expect(isoDay(19728)).toBe('2024-01-06');
    expect(isoDay(-1)).toBe('1969-12-31');
  });
});
