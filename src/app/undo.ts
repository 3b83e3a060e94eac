// Undo of the last bulk operation (import, merge, refresh, forget) from the snapshot taken before it.
import { normalizeHeader } from '../core/table/normalize-header';
import { appendLog } from './log';
import type { Cell, Ports, Workbook } from './ports';
import { columnOf, padRow, readTable, rowKey } from './sheet-table';
import {
  type CellsSnapshot,
  clearSnapshot,
  loadSnapshot,
  type RowsSnapshot,
  type Snapshot,
} from './snapshot';
import { writeChangedCells } from './write-changed-cells';

/** What an undo restored. */
export interface UndoReport {
  operation: string;
  takenAt: string;
  /** Per tab: rows restored, rows removed (added by the operation), rows put back (it had removed). */
  tabs: Array<{ tab: string; restored: number; removed: number; putBack: number }>;
}

const LOCK_MS = 30_000;

/**
 * Restores rows of a tab by key, touching as little as it can: rows the operation added are
 * deleted (the rows below move up with their formulas), the saved cells of the rows it changed
 * are written back in the changed columns only, and rows missing now are appended when the
 * snapshot holds them whole (with their key).
 */
function restoreRows(workbook: Workbook, part: RowsSnapshot): UndoReport['tabs'][number] {
  const table = readTable(workbook, part.tab);
  const width = table.header.length;
  const before = new Map(part.before);
  const added = new Set(part.added);
  const targets = part.headers.map((header) => columnOf(table, header));
  const result = { tab: part.tab, restored: 0, removed: 0, putBack: 0 };
  const removed = table.rows.flatMap((row, i) => (added.has(rowKey(table, row, part.keyHeaders)) ? [i] : []));
  // Bottom run first, so the row numbers of the runs above stay right.
  for (let end = removed.length - 1; end >= 0; ) {
    let start = end;
    while (start > 0 && removed[start - 1] === removed[start] - 1) start--;
    workbook.deleteRows(part.tab, removed[start] + 2, end - start + 1);
    end = start - 1;
  }
  result.removed = removed.length;
  const gone = new Set(removed);
  const current = table.rows.filter((_, i) => !gone.has(i));
  const seen = new Set<string>();
  const restoredRow = (row: readonly Cell[], saved: readonly Cell[]): Cell[] => {
    const next = padRow(row, width);
    targets.forEach((column, i) => {
      if (column >= 0) next[column] = saved[i] ?? '';
    });
    return next;
  };
  const next = current.map((row) => {
    const key = rowKey(table, row, part.keyHeaders);
    const saved = before.get(key);
    if (!saved || seen.has(key)) return row;
    seen.add(key);
    result.restored++;
    return restoredRow(row, saved);
  });
  writeChangedCells(workbook, part.tab, 2, current, next);
  // A row gone since is put back only from a whole saved row: saved cells of some columns alone (a
  // refresh's computed columns, a merge's fields) would make a row without its key, and that row
  // was deleted by the user after the operation, which is not what Undo reverts.
  const whole = part.keyHeaders.every((header) =>
    part.headers.some((saved) => normalizeHeader(saved) === normalizeHeader(header)),
  );
  const putBack = whole
    ? part.before.filter(([key]) => !seen.has(key)).map(([, saved]) => restoredRow([], saved))
    : [];
  if (putBack.length) workbook.appendRows(part.tab, putBack);
  result.putBack = putBack.length;
  return result;
}

/** Puts single cells back (a forget), writing only the columns they are in. */
function restoreCells(workbook: Workbook, part: CellsSnapshot): UndoReport['tabs'][number] {
  const current = workbook.readTab(part.tab);
  const next = current.slice();
  const copied = new Set<number>();
  for (const [row, column, value] of part.cells) {
    if (!copied.has(row)) {
      next[row - 1] = [...(current[row - 1] ?? [])];
      copied.add(row);
    }
    const cells = next[row - 1];
    while (cells.length < column) cells.push('');
    cells[column - 1] = value;
  }
  writeChangedCells(workbook, part.tab, 1, current, next);
  return { tab: part.tab, restored: new Set(part.cells.map(([row]) => row)).size, removed: 0, putBack: 0 };
}

/** Applies a snapshot to the workbook. */
function restore(workbook: Workbook, snapshot: Snapshot): UndoReport['tabs'] {
  return snapshot.parts.map((part) => {
    if (part.kind === 'rows') return restoreRows(workbook, part);
    if (part.kind === 'cells') return restoreCells(workbook, part);
    // A whole tab the add-on owns (the Dashboard): written back as it was.
    workbook.clearRows(part.tab, 1);
    workbook.writeBlock(part.tab, 1, 1, part.values);
    return { tab: part.tab, restored: Math.max(0, part.values.length - 1), removed: 0, putBack: 0 };
  });
}

/**
 * Undoes the last bulk operation under the document lock: rows it changed get their saved cells
 * back, rows it added are removed, whole saved rows missing now are appended back; what the user
 * added or edited since, in columns the snapshot does not hold, is kept, a row the user deleted
 * since stays deleted unless the snapshot holds it whole, and columns with nothing to restore are
 * not written (their formulas stay). The snapshot is then cleared so the same operation cannot be
 * undone twice, and a Log row records the undo.
 * Throws when there is nothing to undo or the snapshot is damaged.
 */
export function undoLastOperation(ports: Ports): UndoReport {
  return ports.lock.withLock(LOCK_MS, () => {
    const snapshot = loadSnapshot(ports.workbook);
    if (!snapshot) throw new Error('There is no operation to undo.');
    const tabs = restore(ports.workbook, snapshot);
    clearSnapshot(ports.workbook);
    const counts: Record<string, number> = {};
    for (const tab of tabs) {
      counts[`${tab.tab} restored`] = tab.restored;
      if (tab.removed) counts[`${tab.tab} removed`] = tab.removed;
      if (tab.putBack) counts[`${tab.tab} put back`] = tab.putBack;
    }
    appendLog(ports.workbook, ports.clock, {
      action: 'undo',
      result: 'ok',
      counts,
      details: `undid ${snapshot.operation} of ${snapshot.takenAt}`,
    });
    return { operation: snapshot.operation, takenAt: snapshot.takenAt, tabs };
  });
}
