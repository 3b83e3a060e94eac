import { describe, expect, it } from 'vitest';
import { analyticsBaseCurrency } from '../../../src/core/analytics/analytics-base-currency';
import { settingsWith, table } from './analytics-tables';

const orders = table('orders', [
  { Currency: 'EUR' },
  { Currency: 'eur' },
  { Currency: 'USD' },
  { Currency: '' },
]);

describe('analyticsBaseCurrency', () => {
  it('takes Base currency when the Settings tab names one', () => {
    const { settings, given } = settingsWith([['Base currency', 'GBP']]);
    expect(analyticsBaseCurrency(orders, settings, given)).toBe('GBP');
  });

  it("takes the orders' most frequent currency when Base currency is blank, not the default USD", () => {
    const { settings, given } = settingsWith([['Base currency', '']]);
    expect(settings.baseCurrency).toBe('USD');
    expect(analyticsBaseCurrency(orders, settings, given)).toBe('EUR');
  });

  it('has none without a setting and without currencies', () => {
    const { settings, given } = settingsWith();
    expect(analyticsBaseCurrency(table('orders', [{ Amount: 5 }]), settings, given)).toBe('');
  });
});
