// Unsubscribe links: a signed link for each customer, and the web app's record of an opened one.
import { equalInConstantTime } from '../core/follow-up/equal-in-constant-time';
import { unsubscribeMessage } from '../core/follow-up/unsubscribe-message';
import type { Clock, Signer, UnsubscribeQueue } from './ports';

/** What opening a link did: queued the unsubscribe now, found it queued already, or a bad link. */
export type UnsubscribeOutcome = 'unsubscribed' | 'already' | 'invalid';

export interface UnsubscribeResult {
  outcome: UnsubscribeOutcome;
  /** When the customer unsubscribed (ISO), for 'unsubscribed' and 'already'. */
  at?: string;
}

/**
 * The link that unsubscribes one customer: the web app's URL with the Customer ID and its token,
 * the HMAC of {@link unsubscribeMessage}. Only the script's secret makes a valid token, and a
 * token names its customer, so a link cannot be forged or replayed for somebody else.
 * @throws {Error} when the Customer ID is blank.
 */
export function unsubscribeLink(webAppUrl: string, customerId: string, signer: Signer): string {
  const id = customerId.trim();
  const token = signer.sign(unsubscribeMessage(id));
  return `${webAppUrl}?c=${encodeURIComponent(id)}&t=${encodeURIComponent(token)}`;
}

/**
 * Handles an opened unsubscribe link in the web app. A missing or wrong token changes nothing
 * ('invalid'). A valid one queues the Customer ID with the current time (opening the link twice
 * keeps the first time, 'already'); the next bound execution writes it to "Unsubscribed at"
 * (applyUnsubscribeQueue), and whoever decides whom to email treats it as unsubscribed at once
 * (unsubscribedCheck). Touches no spreadsheet: a web app has none.
 */
export function recordUnsubscribe(
  queue: UnsubscribeQueue,
  signer: Signer,
  clock: Clock,
  customerId: unknown,
  token: unknown,
): UnsubscribeResult {
  const id = typeof customerId === 'string' ? customerId.trim() : '';
  const given = typeof token === 'string' ? token : '';
  if (!id || !given || !equalInConstantTime(given, signer.sign(unsubscribeMessage(id)))) {
    return { outcome: 'invalid' };
  }
  const { entry, added } = queue.add(id, clock.now());
  return { outcome: added ? 'unsubscribed' : 'already', at: entry.at };
}
