// Merges a duplicate into the customer kept: their fields joined without loss, their rows moved, all undoable.
import { cellText } from '../core/analytics/cell-text';
import { neutralizeFormula } from '../core/clean/neutralize-formula';
import { planMerge } from '../core/clean/plan-merge';
import { COLUMNS } from '../core/table/columns';
import { columnOf, padRow, rowKey, type SheetTable } from '../core/table/sheet-table';
import { MERGE_HEADERS } from './customer-book';
import { appendLog } from './log';
import type { Cell, Ports } from './ports';
import { readTable } from './read-table';
import { type CellsSnapshot, type RowsSnapshot, saveSnapshot } from './snapshot';
import { TAB } from './tab-layouts';
import { writeChangedCells } from './write-changed-cells';

/** What a merge did. */
export interface MergeReport {
  kept: string;
  merged: string;
  /** Fields of the kept customer that changed (blank ones filled, Tags and Channel joined, Notes). */
  changed: string[];
  /** Fields whose differing value went to Notes. */
  conflicts: string[];
  /** Rows moved to the kept Customer ID, per tab. */
  moved: Record<string, number>;
}

/** The tabs whose rows say whom they are about by Customer ID. */
const LINKED_TABS = [TAB.orders, TAB.interactions, TAB.outbox] as const;

function plain(value: Cell): Cell {
  return typeof value === 'string' ? value.replace(/^'/, '') : value;
}

function listWith(list: Cell, more: Cell): string {
  const items: string[] = [];
  for (const item of `${cellText(list)},${cellText(more)}`.split(',').map((v) => v.trim()))
    if (item && !items.some((seen) => seen.toLowerCase() === item.toLowerCase())) items.push(item);
  return items.join(', ');
}

function onlyRow(table: SheetTable, id: string): number {
  const column = columnOf(table, COLUMNS.customers.customerId);
  const rows = table.rows.flatMap((row, i) => (column >= 0 && cellText(row[column]) === id ? [i] : []));
  if (rows.length === 0) throw new Error(`No customer has the Customer ID "${id}".`);
  if (rows.length > 1) throw new Error(`${rows.length} rows of Customers have the Customer ID "${id}".`);
  return rows[0];
}

/**
 * Merges customer `mergedId` into `keptId` under the document lock: the kept row takes the other's
 * values where its own are blank, joins Tags and Channel, and keeps every differing value in Notes
 * (core planMerge, with the merge as the source); the rows of Orders, Interactions and Outbox with
 * the merged Customer ID take the kept one; the merged Customers row is deleted. The undo snapshot
 * is saved first (both Customers rows whole, and each moved ID cell), so Undo puts everything back
 * like any bulk operation; a Log row records it. Each tab is read once and written once.
 * Throws when either customer is missing or they are the same.
 */
export function mergeCustomers(ports: Ports, keptId: string, mergedId: string): MergeReport {
  const kept = keptId.trim();
  const merged = mergedId.trim();
  if (!kept || !merged || kept === merged) throw new Error('Two different Customer IDs are needed to merge.');
  return ports.lock.withLock(30_000, () => {
    const { workbook, clock } = ports;
    const customers = readTable(workbook, TAB.customers);
    if (customers.header.length === 0) throw new Error('The Customers tab is missing; run Set up first.');
    const width = customers.header.length;
    const keepAt = onlyRow(customers, kept);
    const mergeAt = onlyRow(customers, merged);
    const keepRow = padRow(customers.rows[keepAt], width);
    const mergeRow = padRow(customers.rows[mergeAt], width);
    const existing: Record<string, unknown> = {};
    const incoming: Record<string, unknown> = {};
    for (const header of MERGE_HEADERS) {
      if (header === COLUMNS.customers.channel || columnOf(customers, header) < 0) continue;
      existing[header] = plain(keepRow[columnOf(customers, header)]);
      incoming[header] = plain(mergeRow[columnOf(customers, header)]);
    }
    const now = clock.now();
    const plan = planMerge(existing, incoming, {
      channel: `merge of ${merged}`,
      date: now.toISOString().slice(0, 10),
    });
    const next = keepRow.slice();
    for (const change of plan.changes) {
      // The fields are the Customers headers given to planMerge above, so each has its column.
      const at = columnOf(customers, change.field as (typeof MERGE_HEADERS)[number]);
      next[at] =
        typeof change.after === 'string' ? String(neutralizeFormula(change.after)) : (change.after as Cell);
    }
    const channelColumn = columnOf(customers, COLUMNS.customers.channel);
    if (channelColumn >= 0) next[channelColumn] = listWith(keepRow[channelColumn], mergeRow[channelColumn]);
    const changed = customers.header.flatMap((header, i) =>
      cellText(next[i]) !== cellText(keepRow[i]) ? [String(header)] : [],
    );

    const key = [COLUMNS.customers.customerId];
    const headers = customers.header.map(String);
    const parts: Array<RowsSnapshot | CellsSnapshot> = [
      {
        kind: 'rows',
        tab: TAB.customers,
        keyHeaders: key,
        headers,
        before: [
          [rowKey(customers, keepRow, key), keepRow],
          [rowKey(customers, mergeRow, key), mergeRow],
        ],
        after: [[rowKey(customers, keepRow, key), next]],
        added: [],
      },
    ];
    const moves: Array<{ tab: string; current: Cell[][]; next: Cell[][] }> = [];
    const moved: Record<string, number> = {};
    for (const tab of LINKED_TABS) {
      const table = readTable(workbook, tab);
      const column = columnOf(table, COLUMNS.customers.customerId);
      if (column < 0) continue;
      const part: CellsSnapshot = { kind: 'cells', tab, cells: [], rows: [] };
      const rows = table.rows.map((row, i) => {
        if (cellText(row[column]) !== merged) return row;
        const cells = [...row];
        cells[column] = kept;
        part.cells.push([i + 2, column + 1, row[column]]);
        part.rows!.push([i + 2, cells]);
        return cells;
      });
      if (part.cells.length === 0) continue;
      parts.push(part);
      moves.push({ tab, current: table.rows, next: rows });
      moved[tab] = part.cells.length;
    }
    saveSnapshot(workbook, { operation: { kind: 'merge' }, takenAt: now.toISOString(), parts });
    const current = customers.rows.map((row, i) => (i === keepAt ? keepRow : row));
    writeChangedCells(
      workbook,
      TAB.customers,
      2,
      current,
      current.map((row, i) => (i === keepAt ? next : row)),
    );
    workbook.deleteRows(TAB.customers, mergeAt + 2, 1);
    for (const move of moves) writeChangedCells(workbook, move.tab, 2, move.current, move.next);
    const conflicts = plan.conflicts.map((c) => c.field);
    appendLog(workbook, clock, {
      action: 'merge',
      result: 'ok',
      counts: {
        'customers merged': 1,
        ...Object.fromEntries(Object.entries(moved).map(([t, n]) => [`${t} rows moved`, n])),
      },
      details: [
        `${merged} merged into ${kept} in the sidebar`,
        changed.length ? `changed ${changed.join(', ')}` : '',
        conflicts.length ? `conflicting ${conflicts.join(', ')} kept in Notes` : '',
        'Undo can reverse it until the next bulk operation',
      ]
        .filter(Boolean)
        .join('; '),
    });
    return { kept, merged, changed, conflicts, moved };
  });
}
