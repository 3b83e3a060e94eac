import { describe, expect, it } from 'vitest';
import { checkClvOptions } from '../../../src/core/btyd/check-clv-options';

describe('checkClvOptions', () => {
  it('applies lifetimes’ defaults: 12 months, 1 % a month', () => {
    expect(checkClvOptions({ unit: 'weeks' })).toEqual({
      months: 12,
      monthlyDiscount: 0.01,
      monthLength: 4.345,
    });
    expect(checkClvOptions({ unit: 'days', months: 3, monthlyDiscount: 0 })).toEqual({
      months: 3,
      monthlyDiscount: 0,
      monthLength: 30,
    });
  });

  it('rejects invalid months, discounts and units', () => {
    expect(() => checkClvOptions({ unit: 'days', months: -1 })).toThrow(RangeError);
    expect(() => checkClvOptions({ unit: 'days', monthlyDiscount: Number.NaN })).toThrow(RangeError);
    expect(() => checkClvOptions({ unit: 'months' as 'days' })).toThrow(
      'unit must be "days" or "weeks", got months',
    );
  });
});
