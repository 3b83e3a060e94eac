// Writes the new Status and Amount of orders an import found changed since, on the rows as they are now.
import type { OrderUpdate } from '../core/import/place-incoming-order';
import { orderKey } from '../core/orders/order-key';
import { COLUMNS, type Header } from '../core/table/columns';
import { columnOf, toSheetTable } from '../core/table/sheet-table';
import type { Workbook } from './ports';
import { TAB } from './tab-layouts';

const O = COLUMNS.orders;

/**
 * Writes the new Status and Amount of orders found again by orderKey in the tab as it is now (the
 * user may have sorted or added rows since it was read): the two key columns and each changed
 * column read once, and one block per changed column, from the first to the last changed row,
 * the rows between keeping what they hold.
 */
export function writeOrderUpdates(workbook: Workbook, updates: ReadonlyMap<string, OrderUpdate>): void {
  const header = toSheetTable<Header<'orders'>>(TAB.orders, [workbook.readHeader(TAB.orders)]);
  const channelColumn = columnOf(header, O.channel);
  const idColumn = columnOf(header, O.orderId);
  if (channelColumn < 0 || idColumn < 0) return;
  const channels = workbook.readColumn(TAB.orders, channelColumn + 1, 2);
  const ids = workbook.readColumn(TAB.orders, idColumn + 1, 2);
  const keys = ids.map((id, i) => orderKey(channels[i] ?? '', id ?? ''));
  for (const [field, columnHeader] of [
    ['status', O.status],
    ['amount', O.amount],
  ] as const) {
    const column = columnOf(header, columnHeader);
    if (column < 0 || ![...updates.values()].some((update) => update[field] !== null)) continue;
    const cells = workbook.readColumn(TAB.orders, column + 1, 2);
    let top = Number.POSITIVE_INFINITY;
    let bottom = -1;
    const next = cells.map((cell, i) => {
      const after = updates.get(keys[i])?.[field] ?? null;
      if (after === null) return cell;
      top = Math.min(top, i);
      bottom = Math.max(bottom, i);
      return after;
    });
    if (bottom < 0) continue;
    workbook.writeBlock(
      TAB.orders,
      2 + top,
      column + 1,
      next.slice(top, bottom + 1).map((cell) => [cell]),
    );
  }
}
