// Maps the order and payment statuses of each channel onto the Orders tab's statuses, for an import.
import type { OrderStatus } from '../model/choices';
import { statusKind } from './status-kind';

/** What an import does with a status: the Orders status to write, or skip the row (not an order). */
export type StatusDecision = { status: OrderStatus } | { skip: string };

/**
 * The Orders status for a channel's status text, by statusKind (paid, pending, refunded,
 * cancelled). Failed and incomplete payments (failed, requires_payment_method, …) are not orders:
 * skip them. A blank status is paid (files that have no status column list completed sales);
 * anything else is skipped with its text, never guessed.
 * @example orderStatus('partially_refunded') // => { status: 'paid' }
 */
export function orderStatus(text: string): StatusDecision {
  const kind = statusKind(text);
  if (kind === 'not an order') return { skip: `${text} payment is not an order` };
  if (kind === 'unknown') return { skip: `unknown status "${text}"` };
  return { status: kind };
}
