// Writes the customers an import merged and added, keeping what the user edits meanwhile.
import { COLUMNS } from '../core/table/columns';
import { columnOf, keyText, padRow } from '../core/table/sheet-table';
import type { CustomerBook } from './customer-book';
import type { Cell, Workbook } from './ports';
import { TAB } from './tab-layouts';
import { writeChangedCells } from './write-changed-cells';

/**
 * Writes changed and new customers. The user may sort, insert, delete or edit Customers rows while
 * the import runs (their edits take no lock), so merged rows are found again by Customer ID in a
 * fresh read of that column, and only the cells the merge changed are put on the row as it is now:
 * the user's other edits stay. One re-read of the key column and of the span of merged rows, one
 * write per changed column run, one append. Returns how many merged customers were no longer there
 * (deleted meanwhile), whose changes are left out.
 */
export function writeImportedCustomers(workbook: Workbook, book: CustomerBook): number {
  const table = book.table;
  const width = table.header.length;
  let gone = 0;
  if (book.merged.size > 0) {
    const idColumn = columnOf(table, COLUMNS.customers.customerId);
    const at = new Map<string, number>();
    workbook.readColumn(TAB.customers, idColumn + 1, 2).forEach((cell, i) => {
      const id = keyText(cell);
      if (id && !at.has(id)) at.set(id, i);
    });
    const targets: Array<{ at: number; before: Cell[]; after: Cell[] }> = [];
    for (const [i, before] of book.merged) {
      const now = at.get(keyText(before[idColumn] ?? ''));
      if (now === undefined) gone++;
      else targets.push({ at: now, before, after: padRow(table.rows[i], width) });
    }
    if (targets.length) {
      const first = Math.min(...targets.map((t) => t.at));
      const last = Math.max(...targets.map((t) => t.at));
      const fresh = workbook.readBlock(TAB.customers, first + 2, 1, last - first + 1, width);
      const next = fresh.map((row) => row.slice());
      for (const target of targets) {
        const row = next[target.at - first];
        target.after.forEach((cell, c) => {
          if (keyText(cell) !== keyText(target.before[c] ?? '')) row[c] = cell;
        });
      }
      // Only the merged columns are written, so formulas in the user's other columns stay.
      writeChangedCells(workbook, TAB.customers, first + 2, fresh, next);
    }
  }
  const added = table.rows.slice(book.firstNew);
  if (added.length) workbook.appendRows(TAB.customers, added);
  return gone;
}
