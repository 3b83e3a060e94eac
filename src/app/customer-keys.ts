// Keys that match one customer across channels: normalised email, E.164 phone, name for suggestions.
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** A leading apostrophe is how a neutralised cell or a Shopify export marks text; it is not data. */
function unquote(value: unknown): string {
  return String(value ?? '')
    .trim()
    .replace(/^'/, '')
    .trim();
}

/**
 * The matching key of an email: trimmed and lower-cased; with `gmailCanonical`, dots and a
 * "+tag" of the local part are dropped for gmail.com / googlemail.com addresses, which Gmail
 * delivers to the same mailbox. Returns '' for a value that is not an address.
 */
export function emailKey(email: unknown, gmailCanonical = false): string {
  const text = unquote(email).toLowerCase();
  const at = text.lastIndexOf('@');
  if (at < 1 || at === text.length - 1 || /\s/.test(text)) return '';
  let local = text.slice(0, at);
  let domain = text.slice(at + 1);
  if (gmailCanonical && (domain === 'gmail.com' || domain === 'googlemail.com')) {
    local = local.replace(/\+.*$/, '').replace(/\./g, '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}

/**
 * The E.164 form of a phone number ("+351910000001"), read with `defaultCountry` when it has no
 * country code. Returns '' when it is not a valid number.
 */
export function phoneKey(phone: unknown, defaultCountry?: string): string {
  const text = unquote(phone);
  if (!/\d/.test(text)) return '';
  const parsed = parsePhoneNumberFromString(text, defaultCountry as CountryCode | undefined);
  return parsed?.isValid() ? parsed.number : '';
}

/**
 * A name compared loosely: accents, case and punctuation dropped, words sorted
 * ("Silva, Ana" and "ana  silva" both give "ana silva"). Only ever used to suggest a merge.
 */
export function nameKey(name: unknown): string {
  return unquote(name)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(' ');
}
