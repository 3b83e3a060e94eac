// Undo of the last bulk operation (import, merge, refresh, forget) from the snapshot taken before it.
import { normalizeHeader } from '../core/table/normalize-header';
import { columnOf, keyText, padRow, rowKey } from '../core/table/sheet-table';
import { describeOperation } from './describe-operation';
import { fingerprintRow } from './fingerprint-rows';
import { appendLog } from './log';
import type { Cell, Ports, Workbook } from './ports';
import { readTable } from './read-table';
import {
  type CellsSnapshot,
  clearSnapshot,
  loadSnapshot,
  type RowsSnapshot,
  type Snapshot,
} from './snapshot';
import { operationText } from './undo-operation';
import { writeChangedCells } from './write-changed-cells';
import { writtenValue } from './written-value';

/** What an undo restored. */
export interface UndoReport {
  /** The operation as one line of text (operationText): "refresh", "import <channel> <file key>". */
  operation: string;
  takenAt: string;
  /** The operation as people read it: "the shopify import of 2024-06-01 14:00". */
  description: string;
  /**
   * Per tab: rows restored, rows removed (added by the operation), rows put back (it had removed),
   * rows not found again (deleted or edited since), which are left as they are, cells the
   * operation changed that the user has changed since, left as the user made them, and rows the
   * operation added that the user has edited since, kept.
   */
  tabs: Array<{
    tab: string;
    restored: number;
    removed: number;
    putBack: number;
    notFound: number;
    leftAlone: number;
    kept: number;
  }>;
}

const LOCK_MS = 30_000;

/** A tab's undo counts before anything is restored; each restorer adds what it did. */
function noneRestored(tab: string): UndoReport['tabs'][number] {
  return { tab, restored: 0, removed: 0, putBack: 0, notFound: 0, leftAlone: 0, kept: 0 };
}

/**
 * Restores rows of a tab by key, touching as little as it can: rows the operation added are
 * deleted (the rows below move up with their formulas) unless the user has edited them since,
 * the saved cells of the rows it changed are written back in the changed columns only, each
 * where the operation changed it and it still holds what the operation wrote (a cell the user
 * changed since stays as they made it, and is counted), and rows missing now are appended when
 * the snapshot holds them whole (with their key).
 */
function restoreRows(workbook: Workbook, part: RowsSnapshot): UndoReport['tabs'][number] {
  const table = readTable(workbook, part.tab);
  const width = table.header.length;
  const before = new Map(part.before);
  const after = part.after ? new Map(part.after) : null;
  const afterPrints = part.afterPrints ? new Map(part.afterPrints) : null;
  const prints = new Map(part.added.map((key, i) => [key, part.addedPrints?.[i] ?? '']));
  const printHeaders = part.addedHeaders ?? [];
  const targets = part.headers.map((header) => columnOf(table, header));
  const result = noneRestored(part.tab);
  const removed = table.rows.flatMap((row, i) => {
    const print = prints.get(rowKey(table, row, part.keyHeaders));
    if (print === undefined) return [];
    // A row the user has edited since it was added holds their work: it stays, and is counted.
    if (print !== '' && fingerprintRow(table, row, printHeaders) !== print) {
      result.kept++;
      return [];
    }
    return [i];
  });
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
  const restoredRow = (row: readonly Cell[], saved: readonly Cell[], wrote?: readonly Cell[]): Cell[] => {
    const next = padRow(row, width);
    targets.forEach((column, i) => {
      if (column < 0) return;
      if (wrote) {
        const was = writtenValue(saved[i]);
        const left = writtenValue(wrote[i]);
        // Not changed by the operation: whatever the cell holds now is the user's.
        if (was === left) return;
        if (writtenValue(next[column]) !== left) {
          result.leftAlone++;
          return;
        }
      }
      next[column] = saved[i] ?? '';
    });
    return next;
  };
  const next = current.map((row) => {
    const key = rowKey(table, row, part.keyHeaders);
    const saved = before.get(key);
    if (!saved || seen.has(key)) return row;
    seen.add(key);
    const print = afterPrints?.get(key);
    if (print !== undefined && fingerprintRow(table, row, part.headers) !== print) {
      // Edited since: which cells the user changed is not known, so none is restored.
      targets.forEach((column, i) => {
        if (column >= 0 && writtenValue(row[column]) !== writtenValue(saved[i])) result.leftAlone++;
      });
      return row;
    }
    result.restored++;
    return restoredRow(row, saved, after?.get(key));
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
  result.notFound = part.before.length - result.restored - result.putBack;
  return result;
}

/** A row as comparable text: cells as key text, trailing blanks left out (tabs read at other widths). */
function rowPrint(cells: readonly Cell[]): string {
  const texts = cells.map((cell) => keyText(cell ?? ''));
  while (texts.length && texts[texts.length - 1] === '') texts.pop();
  return texts.join('\u241f');
}

/**
 * Where each saved row is now (sheet row → sheet row): where it was when it still holds exactly
 * what the operation left there, else the first other row that does (the user sorted the tab).
 * A row edited or deleted since is not found, so nothing is written into another row.
 */
function locateRows(
  current: readonly (readonly Cell[])[],
  rows: Array<[number, Cell[]]>,
): Map<number, number> {
  const free = new Map<string, number[]>();
  current.forEach((cells, i) => {
    if (i === 0) return;
    const print = rowPrint(cells);
    const list = free.get(print);
    if (list) list.push(i + 1);
    else free.set(print, [i + 1]);
  });
  const take = (print: string, row: number): boolean => {
    const list = free.get(print);
    const at = list ? list.indexOf(row) : -1;
    if (at < 0) return false;
    list!.splice(at, 1);
    return true;
  };
  const located = new Map<number, number>();
  const pending: Array<[number, string]> = [];
  for (const [row, after] of rows) {
    const print = rowPrint(after);
    if (take(print, row)) located.set(row, row);
    else pending.push([row, print]);
  }
  for (const [row, print] of pending) {
    const now = free.get(print)?.[0];
    if (now !== undefined && take(print, now)) located.set(row, now);
  }
  return located;
}

/**
 * Puts single cells back (a forget), writing only the columns they are in, into the rows found
 * again by what the operation left in them (locateRows); a snapshot without its rows (saved by an
 * earlier version) is put back where it was.
 */
function restoreCells(workbook: Workbook, part: CellsSnapshot): UndoReport['tabs'][number] {
  const current = workbook.readTab(part.tab);
  const next = current.slice();
  const copied = new Set<number>();
  const located = part.rows ? locateRows(current, part.rows) : null;
  const saved = new Set(part.cells.map(([row]) => row));
  for (const [savedRow, column, value] of part.cells) {
    const row = located ? located.get(savedRow) : savedRow;
    if (row === undefined) continue;
    if (!copied.has(row)) {
      next[row - 1] = [...(current[row - 1] ?? [])];
      copied.add(row);
    }
    const cells = next[row - 1];
    while (cells.length < column) cells.push('');
    cells[column - 1] = value;
  }
  writeChangedCells(workbook, part.tab, 1, current, next);
  const restored = located ? [...saved].filter((row) => located.has(row)).length : saved.size;
  // A row edited since is left whole as the user made it: its saved cells are all left alone.
  const leftAlone = located ? part.cells.filter(([row]) => !located.has(row)).length : 0;
  return { ...noneRestored(part.tab), restored, notFound: saved.size - restored, leftAlone };
}

/** Applies a snapshot to the workbook. */
function restore(workbook: Workbook, snapshot: Snapshot): UndoReport['tabs'] {
  return snapshot.parts.map((part) => {
    if (part.kind === 'rows') return restoreRows(workbook, part);
    if (part.kind === 'cells') return restoreCells(workbook, part);
    // A whole tab the add-on owns (the Dashboard): written back as it was.
    workbook.clearRows(part.tab, 1);
    workbook.writeBlock(part.tab, 1, 1, part.values);
    return { ...noneRestored(part.tab), restored: Math.max(0, part.values.length - 1) };
  });
}

/**
 * Undoes the last bulk operation under the document lock: cells it changed get their saved value
 * back where they still hold what it wrote, rows it added are removed unless edited since, whole
 * saved rows missing now are appended back; what the user added or edited since is kept (a cell
 * they changed after the operation stays as they made it, and the report counts it), a row the user deleted
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
      if (tab.notFound) counts[`${tab.tab} not found (changed since)`] = tab.notFound;
      if (tab.leftAlone) counts[`${tab.tab} cells left as edited since`] = tab.leftAlone;
      if (tab.kept) counts[`${tab.tab} added rows kept (edited since)`] = tab.kept;
    }
    const description = describeOperation(snapshot, ports.workbook.timeZone());
    appendLog(ports.workbook, ports.clock, {
      action: 'undo',
      result: 'ok',
      counts,
      details: `undid ${description}`,
    });
    return { operation: operationText(snapshot.operation), takenAt: snapshot.takenAt, description, tabs };
  });
}
