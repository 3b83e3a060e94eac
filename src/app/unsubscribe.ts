// Unsubscribe links: a signed link for each customer, and "Unsubscribed at" set when one is opened.
import { equalInConstantTime } from '../core/follow-up/equal-in-constant-time';
import { unsubscribeMessage } from '../core/follow-up/unsubscribe-message';
import { readSettings } from '../core/model/read-settings';
import { headerIndex } from './header-index';
import { appendLog } from './log';
import type { Cell, Ports, Signer } from './ports';
import { keyText } from './sheet-table';
import { TAB } from './tab-layouts';

const LOCK_MS = 30_000;

/** What opening a link did: unsubscribed now, had been already, a bad link, or no such customer. */
export type UnsubscribeOutcome = 'unsubscribed' | 'already' | 'invalid' | 'unknown';

export interface UnsubscribeResult {
  outcome: UnsubscribeOutcome;
  /** When the customer unsubscribed (ISO), for 'unsubscribed' and 'already'. */
  at?: string;
  /** Settings' "Sender name", to tell the reader whose emails stop. */
  senderName: string;
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

function iso(cell: Cell): string {
  return cell instanceof Date ? cell.toISOString() : String(cell);
}

/**
 * Handles an opened unsubscribe link. A missing or wrong token changes nothing ('invalid'). With
 * a valid one, under the document lock, it finds the customer by Customer ID in the Customers tab
 * as it is now and, unless "Unsubscribed at" is filled already (opening the link twice keeps the
 * first time), writes the current time into that one cell and appends a Log row that names the
 * Customer ID only. Reads the header and the ID column, writes one cell: the calls do not grow
 * with the customers.
 * @throws {Error} when Customers lacks the Customer ID or Unsubscribed at column (run Set up).
 */
export function unsubscribe(
  ports: Ports,
  signer: Signer,
  customerId: unknown,
  token: unknown,
): UnsubscribeResult {
  const { workbook, clock } = ports;
  const senderName = readSettings(workbook.readTab(TAB.settings)).settings.senderName;
  const id = typeof customerId === 'string' ? customerId.trim() : '';
  const given = typeof token === 'string' ? token : '';
  if (!id || !given || !equalInConstantTime(given, signer.sign(unsubscribeMessage(id)))) {
    return { outcome: 'invalid', senderName };
  }
  return ports.lock.withLock(LOCK_MS, () => {
    const index = headerIndex(workbook.readHeader(TAB.customers));
    const idColumn = index.get('customerid');
    const unsubscribedColumn = index.get('unsubscribedat');
    if (idColumn === undefined || unsubscribedColumn === undefined) {
      throw new Error('The Customers tab needs the Customer ID and Unsubscribed at columns; run Set up.');
    }
    const at = workbook.readColumn(TAB.customers, idColumn + 1, 2).findIndex((cell) => keyText(cell) === id);
    if (at < 0) return { outcome: 'unknown' as const, senderName };
    const row = at + 2;
    const [[current = '']] = workbook.readBlock(TAB.customers, row, unsubscribedColumn + 1, 1, 1);
    if (current !== '') return { outcome: 'already' as const, at: iso(current), senderName };
    const now = clock.now();
    workbook.writeBlock(TAB.customers, row, unsubscribedColumn + 1, [[now]]);
    appendLog(workbook, clock, {
      action: 'unsubscribe',
      result: 'ok',
      counts: { unsubscribed: 1 },
      details: `Customer ID ${id} opened their unsubscribe link`,
    });
    return { outcome: 'unsubscribed' as const, at: now.toISOString(), senderName };
  });
}
