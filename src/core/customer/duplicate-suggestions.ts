// Possible duplicates of one customer among the others, by email, phone and look-alike names.
import { type MatchOptions, matchCustomers } from '../clean/match-customers';
import type { CustomerCard } from './customer-card';
import { notSameKey } from './not-same-pairs';

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
  const others = all.filter(
    (other) =>
      other.customerId !== customer.customerId &&
      !notSame.has(notSameKey(customer.customerId, other.customerId)),
  );
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
