import { describe, expect, it } from 'vitest';
import { parseUnit } from '../../../src/core/formula/parse-unit';

describe('parseUnit', () => {
  it('reads days or weeks in any case, days when omitted', () => {
    expect(parseUnit(' Weeks ', 'unit')).toBe('weeks');
    expect(parseUnit([['DAYS']], 'unit')).toBe('days');
    expect(parseUnit(undefined, 'unit')).toBe('days');
  });
  it('lists the units otherwise', () => {
    expect(() => parseUnit('months', 'unit')).toThrow('unit must be "days" or "weeks"');
    expect(() => parseUnit([['days', 'weeks']], 'unit')).toThrow('unit must be a single value');
  });
});
