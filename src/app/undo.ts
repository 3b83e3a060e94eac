// Undo of the last bulk operation (import, merge, refresh, forget) from the snapshot taken before it.
import { appendLog } from './log';
import type { Cell, Ports, Workbook } from './ports';
import { columnOf, padRow, readTable, rowKey } from './sheet-table';
import { clearSnapshot, loadSnapshot, type RowsSnapshot, type Snapshot } from './snapshot';

/** What an undo restored. */
export interface UndoReport {
  operation: string;
  takenAt: string;
  /** Per tab: rows restored, rows removed (added by the operation), rows put back (it had removed). */
  tabs: Array<{ tab: string; restored: number; removed: number; putBack: number }>;
}

const LOCK_MS = 30_000;

/** Restores rows of a tab by key: rewrites the tab's data rows once, other rows as they are now. */
function restoreRows(workbook: Workbook, part: RowsSnapshot): UndoReport['tabs'][number] {
  const table = readTable(workbook, part.tab);
  const width = table.header.length;
  const before = new Map(part.before);
  const added = new Set(part.added);
  const targets = part.headers.map((header) => columnOf(table, header));
  const seen = new Set<string>();
  const result = { tab: part.tab, restored: 0, removed: 0, putBack: 0 };
  const rows: Cell[][] = [];
  for (const row of table.rows) {
    const key = rowKey(table, row, part.keyHeaders);
    const saved = before.get(key);
    if (saved && !seen.has(key)) {
      const next = padRow(row, width);
      targets.forEach((column, i) => {
        if (column >= 0) next[column] = saved[i] ?? '';
      });
      rows.push(next);
      seen.add(key);
      result.restored++;
    } else if (added.has(key)) {
      result.removed++;
    } else {
      rows.push(padRow(row, width));
    }
  }
  for (const [key, saved] of part.before) {
    if (seen.has(key)) continue;
    const next = padRow([], width);
    targets.forEach((column, i) => {
      if (column >= 0) next[column] = saved[i] ?? '';
    });
    rows.push(next);
    result.putBack++;
  }
  workbook.clearRows(part.tab, 2);
  workbook.writeBlock(part.tab, 2, 1, rows);
  return result;
}

/** Applies a snapshot to the workbook. */
function restore(workbook: Workbook, snapshot: Snapshot): UndoReport['tabs'] {
  return snapshot.parts.map((part) => {
    if (part.kind === 'rows') return restoreRows(workbook, part);
    if (part.kind === 'cells') {
      const values = workbook.readTab(part.tab);
      for (const [row, column, value] of part.cells) {
        while (values.length < row) values.push([]);
        const cells = values[row - 1];
        while (cells.length < column) cells.push('');
        cells[column - 1] = value;
      }
      workbook.writeBlock(part.tab, 1, 1, values);
      return {
        tab: part.tab,
        restored: new Set(part.cells.map(([row]) => row)).size,
        removed: 0,
        putBack: 0,
      };
    }
    workbook.clearRows(part.tab, 1);
    workbook.writeBlock(part.tab, 1, 1, part.values);
    return { tab: part.tab, restored: Math.max(0, part.values.length - 1), removed: 0, putBack: 0 };
  });
}

/**
 * Undoes the last bulk operation under the document lock: rows it changed get their saved cells
 * back, rows it added are removed, rows it removed are appended back; rows the user added or edited
 * since, in columns the snapshot does not hold, are kept. The snapshot is then cleared so the same
 * operation cannot be undone twice, and a Log row records the undo.
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
