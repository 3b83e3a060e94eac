import { describe, expect, it } from 'vitest';
import { daysPerUnit } from '../../../src/core/btyd/days-per-unit';

describe('daysPerUnit', () => {
  it('is 1 for days and 7 for weeks', () => {
    expect(daysPerUnit('days')).toBe(1);
    expect(daysPerUnit('weeks')).toBe(7);
  });
});
