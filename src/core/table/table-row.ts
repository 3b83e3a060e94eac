// A new row of a tab, built from values by header in whatever order the tab has its columns.
import type { Cell } from './cell';
import { columnOf, padRow, type SheetTable } from './sheet-table';

/**
 * A row as wide as the table's header with each value under its header; columns the values do
 * not name are '', and a header the tab lacks is left out (the user may have deleted a column).
 * @example tableRow(orders, { [COLUMNS.orders.orderId]: '1001' }) // => ['1001', '', …]
 */
export function tableRow<H extends string>(
  table: Pick<SheetTable<H>, 'header' | 'index' | 'headers'>,
  values: Partial<Record<NoInfer<H>, Cell>>,
): Cell[] {
  const row = padRow([], table.header.length);
  for (const [header, value] of Object.entries(values) as Array<[H, Cell | undefined]>) {
    const column = columnOf(table, header);
    if (column >= 0 && value !== undefined) row[column] = value;
  }
  return row;
}
