// Which status a re-imported order takes: a later export may show that the money came in or went back.
import { EXCLUDED_ORDER_STATUSES } from '../model/choices';
import { statusKind } from '../orders/status-kind';

/**
 * The status to write over an order already in the Orders tab when an export lists it again. The
 * tab's status is read as statusKind reads it, so a hand-typed "Chargeback" is a refund and
 * "authorized" a pending payment:
 * - the export's "refunded" or "cancelled" when the tab still has it as anything else (paid,
 *   pending, blank), because a refund or cancellation is news the shop learns after the sale;
 * - "paid" when the tab has it pending (an authorised or on-hold payment captured since);
 * null otherwise, so the tab keeps what it has (a status the user set by hand, or the same one).
 * A refunded order never turns back into a paid one, nor a paid one into pending: an older
 * export read after a newer one must not undo what the newer one said.
 * @example statusAfterReimport('paid', 'refunded') // => 'refunded'
 * @example statusAfterReimport('pending', 'paid') // => 'paid'
 * @example statusAfterReimport('paid', 'pending') // => null
 */
export function statusAfterReimport(current: unknown, incoming: string): string | null {
  const now = statusKind(String(current ?? '').trim());
  if (incoming === 'paid') return now === 'pending' ? 'paid' : null;
  if (!EXCLUDED_ORDER_STATUSES.has(incoming) || EXCLUDED_ORDER_STATUSES.has(now)) return null;
  return incoming;
}
