import { describe, expect, it } from 'vitest';
import { parseChoice } from '../../../src/core/formula/parse-choice';

describe('parseChoice', () => {
  const units = ['days', 'weeks'] as const;
  it('matches without case or spaces and falls back when omitted', () => {
    expect(parseChoice(' Weeks ', 'unit', units, 'days')).toBe('weeks');
    expect(parseChoice('', 'unit', units, 'days')).toBe('days');
    expect(parseChoice(undefined, 'unit', units, 'days')).toBe('days');
  });
  it('lists the choices when the value is not one of them', () => {
    expect(() => parseChoice('months', 'unit', units, 'days')).toThrow('unit must be "days" or "weeks"');
    expect(() => parseChoice(7, 'unit', units, 'days')).toThrow('unit must be "days" or "weeks"');
  });
});
