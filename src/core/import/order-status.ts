// Maps the order and payment statuses of each channel onto the Orders tab's statuses.

/** What an import does with a status: the Orders status to write, or skip the row (not an order). */
export type StatusDecision = { status: 'paid' | 'pending' | 'refunded' | 'cancelled' } | { skip: string };

const PAID = new Set([
  'paid',
  'partiallypaid',
  'partiallyrefunded',
  'completed',
  'complete',
  'processing',
  'succeeded',
  'success',
  'captured',
  'fulfilled',
  'closed',
]);
const PENDING = new Set([
  'pending',
  'pendingpayment',
  'authorized',
  'authorised',
  'uncaptured',
  'requirescapture',
  'onhold',
  'unpaid',
  'open',
  'draft',
  'checkoutdraft',
]);
const REFUNDED = new Set(['refunded', 'fullyrefunded', 'reversed', 'chargeback', 'disputed']);
const CANCELLED = new Set(['cancelled', 'canceled', 'voided', 'void', 'expired']);
const NOT_ORDERS = new Set([
  'failed',
  'requirespaymentmethod',
  'requiresaction',
  'requiresconfirmation',
  'incomplete',
  'declined',
  'blocked',
  'trash',
]);

/**
 * The Orders status for a channel's status text (case, spaces, dashes and underscores ignored):
 * paid (paid, partially_paid, partially_refunded — the amount is then net of the refund —,
 * completed, processing, succeeded), pending (pending, authorized, Stripe's uncaptured and
 * requires_capture, on-hold, …: money promised, not received, so not revenue), refunded,
 * cancelled (cancelled, voided, expired). Failed and incomplete payments (failed,
 * requires_payment_method, …) are not orders: skip them. A blank status is paid (files that have
 * no status column list completed sales); anything else is skipped with its text, never guessed.
 * @example orderStatus('partially_refunded') // => { status: 'paid' }
 */
export function orderStatus(text: string): StatusDecision {
  const key = text.toLowerCase().replace(/[^a-z]/g, '');
  if (key === '' || PAID.has(key)) return { status: 'paid' };
  if (PENDING.has(key)) return { status: 'pending' };
  if (REFUNDED.has(key)) return { status: 'refunded' };
  if (CANCELLED.has(key)) return { status: 'cancelled' };
  if (NOT_ORDERS.has(key)) return { skip: `${text} payment is not an order` };
  return { skip: `unknown status "${text}"` };
}
