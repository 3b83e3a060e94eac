// The Settings tab (Key, Value) read into the options the use cases need, with documented defaults.
import { headerKey } from './header-key';
import type { Cell } from './ports';
import { cellOf, type SheetTable } from './sheet-table';

/** The settings a use case reads; each has a default when the key is absent or unreadable. */
export interface CrmSettings {
  /** Currency analytics are expressed in; '' means "the most frequent currency of Orders". */
  baseCurrency: string;
  /** Units of the base currency per one unit of another currency, from keys "Rate XXX". */
  rates: Map<string, number>;
  /** Monthly discount rate of the CLV prediction (product.md: 0.01 per month). */
  monthlyDiscount: number;
  /** Time unit of Frequency/Recency/T: "days" (default) or "weeks". */
  unit: 'days' | 'weeks';
  /** Hour (0–23, spreadsheet time zone) of the nightly refresh trigger. */
  refreshHour: number;
  /** Country assumed for phone numbers without a country code. */
  defaultCountry: string;
  /** Match Gmail addresses without dots and +tags. */
  gmailCanonical: boolean;
  /** Smallest P(alive) counted as an active customer on the Dashboard. */
  activeThreshold: number;
}

export const DEFAULT_SETTINGS: Readonly<CrmSettings> = Object.freeze({
  baseCurrency: '',
  rates: new Map<string, number>(),
  monthlyDiscount: 0.01,
  unit: 'days',
  refreshHour: 3,
  defaultCountry: '',
  gmailCanonical: false,
  activeThreshold: 0.5,
});

function number(value: Cell, fallback: number, min: number, max: number): number {
  const n = typeof value === 'number' ? value : Number(String(value).trim().replace(',', '.'));
  return String(value).trim() !== '' && Number.isFinite(n) && n >= min && n <= max ? n : fallback;
}

function flag(value: Cell, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (['yes', 'true', '1', 'on'].includes(text)) return true;
  if (['no', 'false', '0', 'off'].includes(text)) return false;
  return fallback;
}

/**
 * Reads the Settings tab: one setting per row, the key in "Key" and its value in "Value"; keys
 * are matched ignoring case, spaces and punctuation ("Base currency", "base_currency"). Exchange
 * rates are rows "Rate USD" = 0.92 (one USD is 0.92 of the base currency). Unknown keys are
 * ignored; an unreadable value falls back to its default.
 */
export function readSettings(table: SheetTable): CrmSettings {
  const settings: CrmSettings = { ...DEFAULT_SETTINGS, rates: new Map() };
  for (const row of table.rows) {
    const key = headerKey(cellOf(table, row, 'Key'));
    const value = cellOf(table, row, 'Value');
    const rate = /^rate([a-z]{3})$/.exec(key) ?? /^([a-z]{3})rate$/.exec(key);
    if (rate) {
      const r = number(value, Number.NaN, Number.MIN_VALUE, Number.MAX_VALUE);
      if (Number.isFinite(r)) settings.rates.set(rate[1].toUpperCase(), r);
      continue;
    }
    switch (key) {
      case 'basecurrency':
      case 'currency':
        settings.baseCurrency = String(value).trim().toUpperCase();
        break;
      case 'discountrate':
      case 'monthlydiscountrate':
        settings.monthlyDiscount = number(value, settings.monthlyDiscount, 0, 1);
        break;
      case 'analyticsunit':
        settings.unit = String(value).trim().toLowerCase().startsWith('week') ? 'weeks' : 'days';
        break;
      case 'triggerhour':
      case 'refreshhour':
        settings.refreshHour = Math.round(number(value, settings.refreshHour, 0, 23));
        break;
      case 'defaultcountry':
      case 'country':
        settings.defaultCountry = String(value).trim().toUpperCase();
        break;
      case 'gmaildots':
      case 'gmailcanonical':
        settings.gmailCanonical = flag(value, settings.gmailCanonical);
        break;
      case 'activethreshold':
        settings.activeThreshold = number(value, settings.activeThreshold, 0, 1);
        break;
    }
  }
  return settings;
}
