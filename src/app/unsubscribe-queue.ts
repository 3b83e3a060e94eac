// Writes the unsubscribes the web app queued into the Customers tab; every bound execution runs it first.
import { headerIndex } from '../core/table/header-index';
import { keyText } from '../core/table/sheet-table';
import { appendLog } from './log';
import type { Cell, Ports, QueuedUnsubscribe, UnsubscribeQueue } from './ports';
import { TAB } from './tab-layouts';

const LOCK_MS = 30_000;

/** What applying the queue did. */
export interface AppliedUnsubscribes {
  /** Customers whose "Unsubscribed at" was written now. */
  written: number;
  /** Customers whose "Unsubscribed at" was filled already (the first time is kept). */
  kept: number;
  /** Queued Customer IDs with no row in Customers; they stay queued. */
  missing: string[];
  /** Entries left queued because Customers has no Customer ID or Unsubscribed at column yet. */
  waiting: number;
}

const NOTHING: AppliedUnsubscribes = { written: 0, kept: 0, missing: [], waiting: 0 };

/**
 * Applies the queue to "Unsubscribed at", under the document lock: each entry is found by
 * Customer ID in Customers as it is now; an empty cell gets the time the link was opened, a
 * filled one is kept (the first time wins). An entry is removed from the queue only after its
 * cell is written, so a failure part-way loses nothing. A Customer ID that is in no row (the
 * customer was forgotten or merged) stays queued, still counts as unsubscribed, and is named in
 * the Log once. One read of the queue when it is empty; otherwise two column reads, one write of
 * the changed span and at most one Log row, whatever the number of customers.
 */
export function applyUnsubscribeQueue(ports: Ports, queue: UnsubscribeQueue): AppliedUnsubscribes {
  if (queue.entries().length === 0) return NOTHING;
  const { workbook, clock } = ports;
  return ports.lock.withLock(LOCK_MS, () => {
    // Read again under the lock: another execution may have applied them meanwhile.
    const entries = queue.entries();
    if (entries.length === 0) return NOTHING;
    const index = headerIndex(workbook.readHeader(TAB.customers));
    const idColumn = index.get('customerid');
    const atColumn = index.get('unsubscribedat');
    if (idColumn === undefined || atColumn === undefined) return { ...NOTHING, waiting: entries.length };
    const ids = workbook.readColumn(TAB.customers, idColumn + 1, 2);
    const current = workbook.readColumn(TAB.customers, atColumn + 1, 2);
    const rowOf = new Map<string, number>();
    ids.forEach((cell, row) => {
      const id = keyText(cell);
      if (id && !rowOf.has(id)) rowOf.set(id, row);
    });
    const next: Cell[] = ids.map((_, row) => current[row] ?? '');
    const applied: QueuedUnsubscribe[] = [];
    const missing: QueuedUnsubscribe[] = [];
    let top = Number.POSITIVE_INFINITY;
    let bottom = -1;
    for (const entry of entries) {
      const row = rowOf.get(entry.customerId);
      if (row === undefined) {
        // Stored again readable, with now as its time, so the Log names it once and not every run.
        missing.push(entry.damaged ? queue.add(entry.customerId, clock.now()).entry : entry);
        continue;
      }
      applied.push(entry);
      if (next[row] !== '') continue;
      next[row] = entry.damaged ? clock.now() : new Date(entry.at);
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
    }
    const written = next.filter((cell, row) => cell !== (current[row] ?? '')).length;
    // One block from the first to the last changed row; the cells between get back what was read.
    if (bottom >= 0) {
      const block = next.slice(top, bottom + 1).map((cell): Cell[] => [cell]);
      workbook.writeBlock(TAB.customers, top + 2, atColumn + 1, block);
    }
    const newlyMissing = missing.filter((entry) => !entry.missingLogged);
    if (applied.length + newlyMissing.length > 0) {
      appendLog(workbook, clock, {
        action: 'unsubscribe',
        result: newlyMissing.length ? 'partial' : 'ok',
        counts: {
          unsubscribed: written,
          ...(applied.length > written ? { 'already unsubscribed': applied.length - written } : {}),
          ...(newlyMissing.length ? { 'not in Customers': newlyMissing.length } : {}),
        },
        details: [
          applied.length ? `Opened their unsubscribe link: Customer ID ${idList(applied)}.` : '',
          ...entries
            .filter((entry) => entry.damaged)
            .map(
              (entry) =>
                `The queued unsubscribe of ${entry.customerId} was damaged (${entry.damaged}): ${rowOf.has(entry.customerId) ? 'the time it was applied is written' : 'kept as unsubscribed'}.`,
            ),
          newlyMissing.length
            ? `No row has Customer ID ${idList(newlyMissing)}; kept as unsubscribed until the row is back.`
            : '',
        ]
          .filter(Boolean)
          .join(' '),
      });
    }
    // Only now, with the cells written, do the entries leave the queue.
    workbook.flush();
    queue.remove(applied.map((entry) => entry.customerId));
    queue.markMissingLogged(newlyMissing.map((entry) => entry.customerId));
    return {
      written,
      kept: applied.length - written,
      missing: missing.map((entry) => entry.customerId),
      waiting: 0,
    };
  });
}

function idList(entries: readonly QueuedUnsubscribe[]): string {
  return entries.map((entry) => entry.customerId).join(', ');
}
