// Possible duplicates of one customer among the others, by email, phone and look-alike names.
import { type MatchOptions, matchCustomers } from '../clean/match-customers';
import { nameKey } from '../clean/name-key';
import { normalizeEmail } from '../clean/normalize-email';
import type { CustomerCard } from './customer-card';
import { foldText } from './fold-text';
import { notSameKey } from './not-same-pairs';

/** The last 7 digits of a phone number, '' when it has fewer: equal numbers end alike however written. */
function lastDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 7 ? digits.slice(-7) : '';
}

/** Another customer who may be the same person, and why. */
export interface DuplicateSuggestion {
  customerId: string;
  name: string;
  email: string;
  reason: string;
}

/** "same name", "similar name (94 %)", "same name and company": matchCustomers' reason for a person. */
function inWords(score: number, reason: string): string {
  const what = reason.startsWith('similar name and company') ? 'name and company' : 'name';
  return score >= 0.9995 ? `same ${what}` : `similar ${what} (${Math.round(score * 100)} %)`;
}

/**
 * The customers among `others` who may be `customer`: one with the same email or phone
 * (matchCustomers) else those with a similar name (and company), best first, leaving out the pairs
 * in `notSame` (notSameKey) and the customer itself. Linear in the number of customers.
 */
export function duplicateSuggestions(
  customer: CustomerCard,
  all: readonly CustomerCard[],
  notSame: ReadonlySet<string>,
  options: MatchOptions = {},
): DuplicateSuggestion[] {
  // Only customers who could match at all go to matchCustomers, whose phone parsing would cost
  // seconds over 50,000 rows: the same email, the same last 7 phone digits, or a name word starting
  // like one of theirs (each block matchCustomers compares within needs such a word).
  const email = normalizeEmail(customer.email, options);
  const tail = lastDigits(customer.phone);
  const starts = nameKey(customer.name)
    .split(' ')
    .filter((word) => word.length >= 2 && !/\d/.test(word))
    .map((word) => word.slice(0, 3));
  const others = all.filter((other) => {
    if (other.customerId === customer.customerId) return false;
    if (notSame.has(notSameKey(customer.customerId, other.customerId))) return false;
    // A space before every word, so " sil" finds a word that starts with "sil" (commas and hyphens count as spaces).
    const name = ` ${foldText(other.name).replace(/[^\p{L}\p{N}]+/gu, ' ')}`;
    return (
      starts.some((start) => name.includes(` ${start}`)) ||
      (tail !== '' && lastDigits(other.phone) === tail) ||
      (email !== '' && normalizeEmail(other.email, options) === email)
    );
  });
  const [match] = matchCustomers(others, [customer], options);
  const found = match.match
    ? [{ index: match.match.index, reason: `same ${match.match.by}` }]
    : match.suggestions.map((s) => ({ index: s.index, reason: inWords(s.score, s.reason) }));
  return found.map(({ index, reason }) => ({
    customerId: others[index].customerId,
    name: others[index].name,
    email: others[index].email,
    reason,
  }));
}
