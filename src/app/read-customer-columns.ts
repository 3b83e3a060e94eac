// Reads only the Customers columns a segment needs: a 50,000-row tab has 32 columns, a segment uses a handful.
import { COLUMNS } from '../core/table/columns';
import { headerIndex } from '../core/table/header-index';
import { normalizeHeader } from '../core/table/normalize-header';
import type { SheetTable } from '../core/table/sheet-table';
import type { Cell, Workbook } from './ports';
import { TAB } from './tab-layouts';

/** Columns apart by at most this many are read in one block: a call costs more than a few cells. */
const GAP = 2;

/**
 * The Customers tab as a table whose rows hold only the cells of `headers` (and Customer ID); the
 * other cells are absent, which the segment code reads as blank. Costs one read of the header row
 * (none when the caller read it and passes it),
 * one of the Customer ID column (which gives the number of rows) and one per run of nearby needed
 * columns: a fixed number of calls whatever the rows, and cells read in proportion to the columns
 * used. Headers the tab lacks are skipped. An empty or missing tab gives an empty table.
 */
export function readCustomerColumns(
  workbook: Workbook,
  headers: readonly string[],
  header: Cell[] = workbook.readHeader(TAB.customers),
): SheetTable {
  const index = headerIndex(header);
  const id = index.get(normalizeHeader(COLUMNS.customers.customerId));
  if (header.length === 0 || id === undefined) return { tab: TAB.customers, header, index, rows: [] };
  const ids = workbook.readColumn(TAB.customers, id + 1, 2);
  const rows: Cell[][] = ids.map((cell) => {
    const row: Cell[] = [];
    row[id] = cell;
    return row;
  });
  const wanted = [
    ...new Set(
      headers
        .map((h) => index.get(normalizeHeader(h)))
        .filter((c): c is number => c !== undefined && c !== id),
    ),
  ].sort((a, b) => a - b);
  for (let i = 0; i < wanted.length && rows.length > 0; ) {
    let end = i;
    while (end + 1 < wanted.length && wanted[end + 1]! - wanted[end]! <= GAP + 1) end++;
    const first = wanted[i]!;
    const width = wanted[end]! - first + 1;
    const block = workbook.readBlock(TAB.customers, 2, first + 1, rows.length, width);
    block.forEach((cells, r) => {
      for (let c = 0; c < width; c++) rows[r]![first + c] = cells[c] ?? '';
    });
    i = end + 1;
  }
  return { tab: TAB.customers, header, index, rows };
}
