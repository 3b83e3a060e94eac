// Whether a customer is unsubscribed: "Unsubscribed at" in the sheet, or an opened link still queued.

import { keyText } from '../core/table/sheet-table';
import type { Cell, UnsubscribeQueue } from './ports';

/**
 * The test that whoever decides whom to email must use. It reads the queue once and answers per
 * customer: unsubscribed when their "Unsubscribed at" cell holds anything (a time, or text typed
 * by hand), or when the web app has queued their Customer ID and no bound execution has written
 * it to the sheet yet, so an opened link stops the very next email.
 */
export function unsubscribedCheck(
  queue: UnsubscribeQueue,
): (customerId: Cell, unsubscribedAt: Cell) => boolean {
  const queued = new Set(queue.entries().map((entry) => entry.customerId));
  return (customerId, unsubscribedAt) => keyText(unsubscribedAt) !== '' || queued.has(keyText(customerId));
}
