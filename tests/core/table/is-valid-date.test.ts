import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isValidDate } from '../../../src/core/table/is-valid-date';

describe('isValidDate', () => {
  it('accepts a real instant from any realm and refuses Invalid Date and date-like values', () => {
    expect(isValidDate(new Date('2024-01-02T00:00:00Z'))).toBe(true);
    expect(isValidDate(runInNewContext('new Date(0)'))).toBe(true);
    expect(isValidDate(new Date('not a date'))).toBe(false);
    expect(isValidDate('2024-01-02')).toBe(false);
    expect(isValidDate(45000)).toBe(false);
  });
});
