// Matches incoming customers to existing ones (and to each other) by email, then phone; suggests look-alikes by name.
import { jaroWinkler } from './jaro-winkler';
import { nameKey } from './name-key';
import { nameSimilarity } from './name-similarity';
import { normalizeEmail } from './normalize-email';
import { normalizePhone } from './normalize-phone';

/** The fields matching looks at; any record with them (a Customers row, an IncomingOrder) will do. */
export interface MatchableCustomer {
  name?: string;
  email?: string;
  phone?: string;
  company?: string;
}

export interface MatchOptions {
  /** Treat Gmail dots and +tags as the same address (Settings "Gmail dots"). */
  gmailDots?: boolean;
  /** Country of phone numbers written without a country code. */
  defaultCountry?: string;
  /** Similarity from which two names are suggested as the same person (default 0.92). */
  suggestAt?: number;
  /**
   * Latest customers of a block a name is compared with (default 200): bounds the work of a huge
   * file whose names crowd one block, at the cost of suggesting only recent look-alikes there.
   */
  maxCandidates?: number;
}

/** A customer of either list: `existing` index or an earlier `incoming` index. */
export interface CustomerRef {
  kind: 'existing' | 'incoming';
  index: number;
}

/** A possible duplicate, for the user to confirm; never merged automatically. */
export interface MergeSuggestion extends CustomerRef {
  score: number;
  reason: string;
}

/** What matching decided for one incoming customer. */
export interface CustomerMatch {
  incoming: number;
  /** The customer this one is, found by email or phone; null when it is new. */
  match: (CustomerRef & { by: 'email' | 'phone' }) | null;
  /** Look-alikes by name (and company) when there is no match. */
  suggestions: MergeSuggestion[];
}

/** The words of a name key that hold digits ("customer 18" → "18"): identifiers, never typos. */
function numberWords(key: string): string {
  return key
    .split(' ')
    .filter((word) => /\d/.test(word))
    .join(' ');
}

/**
 * The blocks a name is compared within: for each pair of its words, the first three letters of one
 * and the initial of the other ("ana silva" → "ana s", "sil a"), so a typo in one word still meets
 * the other word's block, and a middle name does not hide the pair; plus the name's numbers, which
 * must be equal anyway. Pairs rather than single prefixes keep blocks small in a big file where
 * many share a first name.
 */
function blockKeys(key: string): string[] {
  const numbers = numberWords(key);
  const words = key.split(' ').filter((word) => word.length >= 2 && !/\d/.test(word));
  if (words.length === 1) return [`${words[0].slice(0, 3)} #${numbers}`];
  const keys = new Set<string>();
  words.forEach((word, i) => {
    words.forEach((other, j) => {
      if (i !== j) keys.add(`${word.slice(0, 3)} ${other[0]}#${numbers}`);
    });
  });
  return [...keys];
}

/**
 * For each incoming customer, in order: the existing customer with the same normalised email
 * (trim, lower case, Gmail dots/+tags with `gmailDots`), else the same E.164 phone; failing both,
 * an earlier incoming customer with that email or phone (the same person twice in one file, or
 * in Shopify and Stripe files imported together), so a whole import resolves to one customer per
 * person. A match's other identifiers join its customer, so a later row known only by phone still
 * finds a customer first seen by email. Unmatched customers get suggestions: customers whose
 * name (nameKey) has word-by-word similarity (nameSimilarity) ≥ `suggestAt`, averaged with the
 * company's Jaro–Winkler similarity when both have one, and whose name holds the same numbers, if
 * any ("Customer 18" and "Customer 19" are different people); suggestions are never merges. Names are compared within blocks (blockKeys),
 * with at most `maxCandidates` of each, so the whole is linear in the number of customers.
 */
export function matchCustomers(
  existing: readonly MatchableCustomer[],
  incoming: readonly MatchableCustomer[],
  options: MatchOptions = {},
): CustomerMatch[] {
  const suggestAt = options.suggestAt ?? 0.92;
  const maxCandidates = options.maxCandidates ?? 200;
  const byEmail = new Map<string, CustomerRef>();
  const byPhone = new Map<string, CustomerRef>();
  const byBlock = new Map<string, CustomerRef[]>();
  const names = new Map<string, { name: string; company: string }>();
  const refKey = (ref: CustomerRef) => `${ref.kind}:${ref.index}`;
  const keysOf = (customer: MatchableCustomer) => ({
    email: normalizeEmail(customer.email ?? '', { gmailDots: options.gmailDots }),
    phone: normalizePhone(customer.phone ?? '', options.defaultCountry),
    name: nameKey(customer.name ?? ''),
    company: nameKey(customer.company ?? ''),
  });
  const remember = (ref: CustomerRef, keys: ReturnType<typeof keysOf>, newCustomer: boolean) => {
    if (keys.email && !byEmail.has(keys.email)) byEmail.set(keys.email, ref);
    if (keys.phone && !byPhone.has(keys.phone)) byPhone.set(keys.phone, ref);
    if (newCustomer && keys.name) {
      names.set(refKey(ref), { name: keys.name, company: keys.company });
      for (const block of blockKeys(keys.name)) {
        const list = byBlock.get(block) ?? [];
        list.push(ref);
        byBlock.set(block, list);
      }
    }
  };
  existing.forEach((customer, index) => {
    remember({ kind: 'existing', index }, keysOf(customer), true);
  });
  const results: CustomerMatch[] = [];
  incoming.forEach((customer, index) => {
    const keys = keysOf(customer);
    const viaEmail = keys.email ? byEmail.get(keys.email) : undefined;
    const viaPhone = viaEmail ? undefined : keys.phone ? byPhone.get(keys.phone) : undefined;
    const found = viaEmail ?? viaPhone;
    if (found) {
      remember(found, keys, false);
      results.push({
        incoming: index,
        match: { ...found, by: viaEmail ? 'email' : 'phone' },
        suggestions: [],
      });
      return;
    }
    const suggestions: MergeSuggestion[] = [];
    if (keys.name) {
      const seen = new Set<string>();
      for (const block of blockKeys(keys.name)) {
        const list = byBlock.get(block) ?? [];
        for (let at = list.length - 1; at >= Math.max(0, list.length - maxCandidates); at--) {
          const candidate = list[at];
          const id = refKey(candidate);
          if (seen.has(id)) continue;
          seen.add(id);
          const other = names.get(id);
          if (!other) continue;
          const nameScore = nameSimilarity(keys.name, other.name);
          const score =
            keys.company && other.company
              ? (nameScore + jaroWinkler(keys.company, other.company)) / 2
              : nameScore;
          if (score >= suggestAt) {
            const rounded = Math.round(score * 1000) / 1000;
            suggestions.push({
              ...candidate,
              score: rounded,
              reason:
                keys.company && other.company
                  ? `similar name and company (${rounded})`
                  : `similar name (${rounded})`,
            });
          }
        }
      }
      suggestions.sort((x, y) => y.score - x.score);
    }
    remember({ kind: 'incoming', index }, keys, true);
    results.push({ incoming: index, match: null, suggestions });
  });
  return results;
}
