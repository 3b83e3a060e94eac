import { describe, expect, it } from 'vitest';
import { baseCurrency, orderCurrency } from '../../../src/core/model/base-currency';

describe('baseCurrency', () => {
  it('is the setting when there is one, else the most frequent currency of the orders', () => {
    expect(baseCurrency('gbp', ['EUR', 'EUR'])).toBe('GBP');
    expect(baseCurrency(undefined, ['EUR', '', 'usd', 'USD ', 'EUR', 'EUR'])).toBe('EUR');
    // Blanks are not a currency; of two as frequent, the first met.
    expect(baseCurrency(undefined, ['', '', 'USD', 'EUR'])).toBe('USD');
    expect(baseCurrency(undefined, ['', ''])).toBe('');
  });
});

describe('orderCurrency', () => {
  it("is the order's own, else the set base, else blank (counted in whichever base refresh uses)", () => {
    expect(orderCurrency(' eur ', 'GBP')).toBe('EUR');
    expect(orderCurrency('', 'gbp')).toBe('GBP');
    expect(orderCurrency(undefined, undefined)).toBe('');
    expect(orderCurrency('', '')).toBe('');
  });
});
