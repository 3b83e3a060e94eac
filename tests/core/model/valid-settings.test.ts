import { describe, expect, it } from 'vitest';
import { validSettings } from '../../../src/core/model/valid-settings';

describe('validSettings', () => {
  it('returns the settings and which of them the tab sets', () => {
    const { settings, given } = validSettings(
      [
        ['Key', 'Value'],
        ['Base currency', 'eur'],
        ['Currency rates', 'USD=0.92; GBP 1.17'],
        ['Default country', ''],
      ],
      'import',
    );
    expect(settings.baseCurrency).toBe('EUR');
    expect(settings.currencyRates).toEqual({ USD: 0.92, GBP: 1.17 });
    expect([...given]).toEqual(['baseCurrency', 'currencyRates']);
    // Left blank: the default applies but is not "given" (a blank Base currency means the orders' own).
    expect(
      validSettings(
        [
          ['Key', 'Value'],
          ['Base currency', ''],
        ],
        'refresh',
      ).given.has('baseCurrency'),
    ).toBe(false);
  });

  it('stops on an invalid value, naming the setting, its row and value and the accepted forms', () => {
    const cells = [
      ['Key', 'Value'],
      ['Base currency', 'Euro'],
      ['Currency rates', 'USD=0,92'],
    ];
    expect(() => validSettings(cells, 'import')).toThrow(
      'Settings row 2: "Base currency" is "Euro"; use a 3-letter ISO 4217 currency code such as EUR, USD or GBP, ' +
        "or blank to use the orders' most frequent currency. " +
        'Settings row 3: "Currency rates" is "USD=0,92"; use CODE=rate pairs separated by ";", each rate the value ' +
        'of one unit in the base currency with a decimal point (USD=0.92; GBP=1.17). ' +
        'Nothing was changed: correct the Settings tab and run the import again.',
    );
  });
});
