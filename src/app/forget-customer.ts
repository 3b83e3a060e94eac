// Privacy: forget one customer. PII is removed from every tab; their orders stay, anonymised.

import { normalizeHeader } from '../core/table/normalize-header';
import { findCustomerRows } from './find-customer-rows';
import { appendLog } from './log';
import type { Cell, Ports } from './ports';
import { cellOf, readTable } from './sheet-table';
import { type CellsSnapshot, clearSnapshot, saveSnapshot } from './snapshot';
import { TAB } from './tab-layouts';
import { writeChangedCells } from './write-changed-cells';

/** What a forget did (no personal data in it). */
export interface ForgetReport {
  /** The anonymous ID that now stands for the customer in Orders and the other tabs. */
  anonymousId: string;
  /** Rows anonymised per tab. */
  tabs: Record<string, number>;
  /** False when it was asked not to keep an undo snapshot (the removed data then exists nowhere). */
  undoable: boolean;
}

const LOCK_MS = 30_000;
/** Header words of columns that hold personal data in any tab, the user's own included. */
const PII_WORDS = [
  'name',
  'email',
  'phone',
  'company',
  'address',
  'note',
  'comment',
  'subject',
  'tag',
  'street',
  'city',
  'zip',
  'postcode',
];
/** Columns kept although their name looks personal: they hold no personal data. */
const KEEP = new Set(['rfmsegment', 'segmentname', 'product', 'productname', 'rule', 'key']);

function isPiiHeader(header: Cell): boolean {
  const key = normalizeHeader(header);
  if (!key || KEEP.has(key)) return false;
  return PII_WORDS.some((word) => key.includes(word));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Forgets the customer given by Customer ID or email, under the document lock. In every tab, the
 * rows about them (findCustomerRows) lose their personal data: columns whose header names personal
 * data (name, email, phone, company, address, notes, comment, subject, tags…) are emptied, Consent
 * and Unsubscribed at too, their Customer ID becomes an anonymous "ANON-n" everywhere (so their
 * orders still count in statistics, as one anonymous customer), and any other cell of those rows
 * that contains the ID or the email has it replaced. A Log row records the deletion without any
 * personal data. With `keepUndo` (default) the snapshot needed by Undo is saved first; without it
 * any earlier snapshot is deleted too, so the removed data is held nowhere.
 * Throws when the customer is not found.
 */
export function forgetCustomer(
  ports: Ports,
  query: string,
  options: { keepUndo?: boolean } = {},
): ForgetReport {
  const keepUndo = options.keepUndo ?? true;
  return ports.lock.withLock(LOCK_MS, () => {
    const { workbook } = ports;
    const { identity, tabs } = findCustomerRows(workbook, query);
    const customers =
      tabs.find((t) => t.table.tab === TAB.customers)?.table ?? readTable(workbook, TAB.customers);
    let n = 1;
    for (const row of customers.rows) {
      const match = /^ANON-(\d+)$/.exec(String(cellOf(customers, row, 'Customer ID')).trim());
      if (match) n = Math.max(n, Number(match[1]) + 1);
    }
    const anonymousId = `ANON-${n}`;
    const secrets = [identity.customerId, identity.email].filter((s) => s.length >= 3);
    const pattern = secrets.length ? new RegExp(secrets.map(escapeRegExp).join('|'), 'gi') : null;
    const parts: CellsSnapshot[] = [];
    const report: ForgetReport = { anonymousId, tabs: {}, undoable: keepUndo };
    const writes: Array<{ tab: string; current: Cell[][]; next: Cell[][] }> = [];
    for (const { table, rows } of tabs) {
      const part: CellsSnapshot = { kind: 'cells', tab: table.tab, cells: [], rows: [] };
      const clear = table.header.map(
        (header) => isPiiHeader(header) || ['consent', 'unsubscribedat'].includes(normalizeHeader(header)),
      );
      const idColumn = table.index.get('customerid');
      const next = table.rows.slice();
      for (const i of rows) {
        const cells = [...table.rows[i]];
        next[i] = cells;
        table.header.forEach((_header, column) => {
          const before = cells[column] ?? '';
          let after: Cell = before;
          if (column === idColumn) after = anonymousId;
          else if (clear[column]) after = '';
          else if (typeof before === 'string' && pattern) after = before.replace(pattern, anonymousId);
          if (after !== before) {
            part.cells.push([i + 2, column + 1, before]);
            cells[column] = after;
          }
        });
        if (part.cells[part.cells.length - 1]?.[0] === i + 2) part.rows!.push([i + 2, cells]);
      }
      if (part.cells.length) {
        parts.push(part);
        report.tabs[table.tab] = rows.length;
        writes.push({ tab: table.tab, current: table.rows, next });
      }
    }
    if (keepUndo) {
      saveSnapshot(workbook, {
        operation: 'forget',
        takenAt: ports.clock.now().toISOString(),
        parts,
      });
    } else {
      clearSnapshot(workbook);
    }
    // Only the columns that changed are written, one block each (other customers' formulas elsewhere stay).
    for (const { tab, current, next } of writes) writeChangedCells(workbook, tab, 2, current, next);
    appendLog(workbook, ports.clock, {
      action: 'forget',
      result: 'ok',
      counts: report.tabs,
      details: `a customer was forgotten; their rows now refer to ${anonymousId}${keepUndo ? '; Undo can restore them until the next bulk operation' : '; no copy kept'}`,
    });
    return report;
  });
}
