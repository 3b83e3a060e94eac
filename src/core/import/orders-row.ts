// The Orders row an import appends for an incoming order.
import type { Cell } from '../table/cell';
import { COLUMNS, type TabTable } from '../table/columns';
import { tableRow } from '../table/table-row';
import type { IncomingOrder } from './incoming-records';
import { sheetText } from './sheet-text';

const O = COLUMNS.orders;

/**
 * The Orders row of an order in the tab's own column order: text neutralised (sheetText), the
 * currency in upper case, the channel the import writes and the customer it was matched to.
 */
export function ordersRow(
  orders: TabTable<'orders'>,
  order: IncomingOrder,
  customerId: string,
  channel: string,
): Cell[] {
  return tableRow(orders, {
    [O.orderId]: sheetText(order.orderId),
    [O.customerId]: customerId,
    [O.email]: sheetText(order.email),
    [O.date]: order.date,
    [O.amount]: order.amount,
    [O.currency]: sheetText(String(order.currency ?? '').toUpperCase()),
    [O.product]: sheetText(order.product),
    [O.quantity]: order.quantity,
    [O.channel]: channel,
    [O.status]: sheetText(order.status),
  });
}
