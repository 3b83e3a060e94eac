// What a status word of any channel, or typed by hand in Orders, says about an order.
import type { OrderStatus } from '../model/choices';

/** An Orders status, or a payment that is not an order, or a word the CRM does not know. */
export type StatusKind = OrderStatus | 'not an order' | 'unknown';

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
 * The kind of a status text, case, spaces, dashes and underscores ignored: paid (paid,
 * partially_paid, partially_refunded — the amount is then net of the refund —, completed,
 * processing, succeeded, and a blank status: files and rows without one list completed sales),
 * pending (pending, authorized, Stripe's uncaptured and requires_capture, on-hold, …: money
 * promised, not received), refunded (refunded, reversed, chargeback, disputed), cancelled
 * (cancelled, canceled, voided, void, expired); failed and incomplete payments (failed,
 * requires_payment_method, declined, …) are not orders; any other word is unknown. The one list
 * the import and the refresh read statuses through.
 * @example statusKind('Chargeback') // => 'refunded'
 * @example statusKind('on-hold') // => 'pending'
 */
export function statusKind(text: string): StatusKind {
  const key = text.toLowerCase().replace(/[^a-z]/g, '');
  if (key === '' || PAID.has(key)) return 'paid';
  if (PENDING.has(key)) return 'pending';
  if (REFUNDED.has(key)) return 'refunded';
  if (CANCELLED.has(key)) return 'cancelled';
  return NOT_ORDERS.has(key) ? 'not an order' : 'unknown';
}
