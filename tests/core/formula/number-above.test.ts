import { describe, expect, it } from 'vitest';
import { numberAbove } from '../../../src/core/formula/number-above';

describe('numberAbove', () => {
  const discount = numberAbove(-1);
  it('reads numbers above the bound', () => {
    expect(discount('0.01', 'monthly_discount')).toBe(0.01);
    expect(discount(-0.5, 'monthly_discount')).toBe(-0.5);
  });
  it('refuses the bound itself and anything below it', () => {
    expect(() => discount(-1, 'monthly_discount')).toThrow('monthly_discount must be greater than -1');
    expect(() => discount(-2, 'monthly_discount')).toThrow('monthly_discount must be greater than -1');
  });
});
