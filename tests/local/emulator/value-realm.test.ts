import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { hostRealm, isAnyDate } from '../../../src/local/emulator/value-realm';

describe('hostRealm', () => {
  it('slices into new Node arrays and makes Node Dates', () => {
    const source = [1, 2, 3];
    const copy = hostRealm.slice(source, 1, 5);
    expect(copy).toEqual([2, 3]);
    expect(copy).not.toBe(source);
    expect(hostRealm.date(0)).toEqual(new Date(0));
  });
});

describe('isAnyDate', () => {
  it('recognises Dates of any realm and nothing else', () => {
    const foreign = vm.runInNewContext('new Date(0)');
    expect(foreign instanceof Date).toBe(false);
    expect(isAnyDate(foreign)).toBe(true);
    expect(isAnyDate(new Date())).toBe(true);
    expect(isAnyDate('2024-01-01')).toBe(false);
    expect(isAnyDate(0)).toBe(false);
    expect(isAnyDate(null)).toBe(false);
    expect(isAnyDate({ getTime: () => 0 })).toBe(false);
  });
});
