// Whether the Status of an Orders row keeps it out of revenue, and why.
import type { Cell } from '../table/cell';
import { statusKind } from './status-kind';

/**
 * Why an order with this Status is not revenue, or '' when it is: its status is read by
 * statusKind, the words the import maps too, so a Status typed by hand counts as the import would
 * have written it. Paid and blank count; pending (authorised, on hold, …: not received yet),
 * refunded (a chargeback, a dispute, a reversal) and cancelled (void, expired) are left out, and so
 * are payments that are not orders (failed, declined). A word the CRM does not know is the user's
 * own and counts, as it always has. A word that is not itself an Orders status says which it counts as.
 * @example statusLeftOut('refunded') // => 'refunded order left out'
 * @example statusLeftOut('Chargeback') // => 'chargeback order left out (counts as refunded)'
 * @example statusLeftOut('paid') // => ''
 */
export function statusLeftOut(status: Cell): string {
  const word = String(status ?? '')
    .trim()
    .toLowerCase();
  const kind = statusKind(word);
  if (kind === 'paid' || kind === 'unknown') return '';
  if (kind === 'not an order') return `${word} order left out (not an order)`;
  return kind === word ? `${word} order left out` : `${word} order left out (counts as ${kind})`;
}
