// Finds customers by name, email, phone or Customer ID as a person types: ranked, at most a page of them.
import { nameKey } from '../clean/name-key';
import { normalizeEmail } from '../clean/normalize-email';
import type { CustomerCard } from './customer-card';
import { foldText } from './fold-text';

/** How well a card answers the query: lower is better, null when it does not. */
function rank(card: CustomerCard, words: readonly string[], lower: string, digits: string): number | null {
  const name = foldText(card.name);
  const email = card.email.trim().toLowerCase();
  const id = card.customerId.toLowerCase();
  // Most customers share nothing with the query: rule them out with plain substring tests first.
  const inName = words.length > 0 && words.every((word) => name.includes(word));
  const phoneHit = digits.length >= 3 && card.phone.replace(/\D/g, '').includes(digits);
  if (!inName && !phoneHit && !email.includes(lower) && !id.startsWith(lower)) return null;
  if (id === lower || (email !== '' && normalizeEmail(email) === normalizeEmail(lower))) return 0;
  const parts = nameKey(card.name).split(' ');
  if (inName && words.every((word) => parts.some((part) => part.startsWith(word)))) return 1;
  if (email.startsWith(lower) || id.startsWith(lower)) return 2;
  if (phoneHit) return 3;
  if (lower.length >= 3 && (email.includes(lower) || nameKey(card.name).includes(nameKey(lower)))) return 4;
  return null;
}

/**
 * The customers whose name, email, phone or Customer ID match `query`, best first, at most `limit`:
 * an exact Customer ID or email, then names whose words start with every word typed (accents,
 * case and word order ignored: "silva an" finds "Ána Silva"), then emails or IDs starting with it,
 * then phones holding its digits (3 or more, spaces and signs ignored), then text found anywhere in
 * the name or email (3 characters or more). Ties keep sheet order. A query under 2 characters
 * matches nobody. O(n) in the number of customers, with substring tests before any normalisation.
 * @example searchCustomers([{ customerId: 'C1', name: 'Ana Silva', email: 'ana@x.com', phone: '', company: '' }], 'sil') // => [that card]
 */
export function searchCustomers<C extends CustomerCard>(
  customers: readonly C[],
  query: string,
  limit = 20,
): { matches: C[]; more: boolean } {
  const lower = query.trim().toLowerCase();
  if (lower.length < 2) return { matches: [], more: false };
  const words = nameKey(lower).split(' ').filter(Boolean);
  const digits = /[a-z@]/.test(lower) ? '' : lower.replace(/\D/g, '');
  const hits: Array<{ card: C; score: number; at: number }> = [];
  customers.forEach((card, at) => {
    const score = rank(card, words, lower, digits);
    if (score !== null) hits.push({ card, score, at });
  });
  hits.sort((a, b) => a.score - b.score || a.at - b.at);
  return { matches: hits.slice(0, limit).map((hit) => hit.card), more: hits.length > limit };
}
