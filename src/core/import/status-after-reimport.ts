// Which status a re-imported order takes: a later export may show that the money went back.

const MONEY_BACK = new Set(['refunded', 'cancelled']);

/**
 * The status to write over an order already in the Orders tab when an export lists it again:
 * the export's "refunded" or "cancelled" when the tab still has it as anything else (paid,
 * pending, blank), because a refund or cancellation is news the shop learns after the sale;
 * null otherwise, so the tab keeps what it has (a status the user set by hand, or the same one).
 * A refunded order is never turned back into a paid one.
 * @example statusAfterReimport('paid', 'refunded') // => 'refunded'
 * @example statusAfterReimport('Refunded', 'paid') // => null
 */
export function statusAfterReimport(current: unknown, incoming: string): string | null {
  const now = String(current ?? '')
    .trim()
    .toLowerCase();
  if (!MONEY_BACK.has(incoming) || MONEY_BACK.has(now)) return null;
  return incoming;
}
