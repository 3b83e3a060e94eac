// Privacy: forget one customer. PII is removed from every tab; their orders stay, anonymised.

import { escapeRegExp } from '../core/clean/escape-reg-exp';
import { COLUMNS } from '../core/table/columns';
import { normalizeHeader } from '../core/table/normalize-header';
import { columnOf } from '../core/table/sheet-table';
import { LAST_CUSTOMER_ID_KEY } from './customer-book';
import { findCustomerRows } from './find-customer-rows';
import { appendLog } from './log';
import type { Cell, Ports } from './ports';
import { type CellsSnapshot, clearSnapshot, saveSnapshot } from './snapshot';
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

/**
 * Forgets the person given by Customer ID or email, under the document lock, whether or not they
 * have a Customers row (someone who only answered a survey or wrote in is forgotten too). In every
 * tab, the rows about them (findCustomerRows) lose their personal data: columns whose header names
 * personal data (name, email, phone, company, address, notes, comment, subject, tags…) are
 * emptied, Consent and Unsubscribed at too, their Customer ID becomes an anonymous "ANON-n"
 * everywhere (so their orders still count in statistics, as one anonymous customer), and any other
 * cell of those rows that contains the ID or the email has it replaced. Rows that only name them in
 * their text (a Log row naming their email, another customer's note) have that text replaced and
 * keep the rest, which is not theirs. Their Customer ID stays spent: it is never issued to anyone
 * else. A Log row records the deletion without any personal data. With `keepUndo` (default) the snapshot needed by Undo is saved first; without it
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
    const { identity, tabs, tables } = findCustomerRows(workbook, query);
    // Numbered after every anonymous ID in any tab: orders of a person without a Customers row carry one too.
    let n = 1;
    for (const table of tables) {
      const column = columnOf(table, COLUMNS.customers.customerId);
      if (column < 0) continue;
      for (const row of table.rows) {
        const match = /^ANON-(\d+)$/.exec(String(row[column] ?? '').trim());
        if (match) n = Math.max(n, Number(match[1]) + 1);
      }
    }
    const anonymousId = `ANON-${n}`;
    const issued = /^C(\d+)$/.exec(identity.customerId);
    const mark = Number(ports.store.get(LAST_CUSTOMER_ID_KEY) ?? '');
    if (issued && !(Number.isSafeInteger(mark) && mark >= Number(issued[1])))
      ports.store.set(LAST_CUSTOMER_ID_KEY, issued[1].replace(/^0+(?=\d)/, ''));
    const secrets = [identity.customerId, identity.email].filter((s) => s.length >= 3);
    const pattern = secrets.length ? new RegExp(secrets.map(escapeRegExp).join('|'), 'gi') : null;
    const parts: CellsSnapshot[] = [];
    const report: ForgetReport = { anonymousId, tabs: {}, undoable: keepUndo };
    const writes: Array<{ tab: string; current: Cell[][]; next: Cell[][] }> = [];
    for (const { table, rows, mentions } of tabs) {
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
          if (mentions.has(i)) {
            if (typeof before === 'string' && pattern) after = before.replace(pattern, anonymousId);
          } else if (column === idColumn) after = anonymousId;
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
        operation: { kind: 'forget' },
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
