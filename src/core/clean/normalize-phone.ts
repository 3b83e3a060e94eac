// A phone number in E.164 form ("+351910000001"), for storage and for matching customers across channels.
// libphonenumber-js with its "min" metadata (~80 KB) is worth its size: country calling codes, national
// prefixes and number lengths of ~240 regions change every year and cannot be maintained by hand.
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/core';
import { phoneMetadata } from './phone-metadata';

/**
 * The E.164 form of a phone number. A number written without a country code ("0151 2345678")
 * is read in `defaultCountry` (ISO 3166 alpha-2, from Settings). Shopify's leading apostrophe, a
 * "tel:" prefix and spaces, dots, dashes and brackets are ignored. Returns '' when the text is
 * not a valid number for its country (too short, unknown prefix, no country to read it in).
 * @example normalizePhone('0151 2345 6789', 'DE') // => '+4915123456789'
 */
export function normalizePhone(value: unknown, defaultCountry?: string): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const text = String(value).trim().replace(/^'/, '').replace(/^tel:/i, '').trim();
  if (!/\d/.test(text)) return '';
  const country =
    defaultCountry && /^[A-Za-z]{2}$/.test(defaultCountry) ? defaultCountry.toUpperCase() : undefined;
  const parsed = parsePhoneNumberFromString(text, country as CountryCode, phoneMetadata());
  return parsed?.isValid() ? parsed.number : '';
}
