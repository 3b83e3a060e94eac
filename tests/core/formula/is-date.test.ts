import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isDate } from '../../../src/core/formula/is-date';

describe('isDate', () => {
  it('recognises a Date of this realm', () => {
    expect(isDate(new Date(2024, 0, 5))).toBe(true);
  });
  it('recognises a Date built in another realm, as Apps Script and the emulator pass them', () => {
    const foreign = vm.runInNewContext('new Date(2024, 0, 5)');
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
  });
  it('rejects numbers, date text and plain objects', () => {
    for (const value of [0, '2024-01-05', { getTime: () => 0 }, null]) expect(isDate(value)).toBe(false);
  });
});
