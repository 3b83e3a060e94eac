// What an import does with one incoming order: reject it, report a conflict, leave it, update the one there, or add it.
import type { DuplicateOrderIds } from '../orders/duplicate-order-ids';
import { orderKey } from '../orders/order-key';
import type { Cell } from '../table/cell';
import { keyText } from '../table/sheet-table';
import type { IncomingOrder } from './incoming-records';
import { orderProblem } from './order-problem';
import type { OrdersInTab } from './orders-in-tab';
import { reimportChange } from './reimport-change';
import { sheetText } from './sheet-text';

/** An order already in the tab that the file shows changed since: its new Status and Amount (null: kept). */
export interface OrderUpdate {
  /** orderKey of the order, to find it again in the tab. */
  key: string;
  /** Its row's key as Undo finds it (the Channel as the tab writes it). */
  sheetKey: string;
  status: string | null;
  amount: number | null;
  /** Status and Amount before. */
  before: [Cell, Cell];
  /** What changed, for the Log: "#1002: Amount 28 → 18 (refunded since)". */
  reason: string;
}

/** Where an incoming order goes. */
export type OrderPlacement =
  | { rejected: string }
  | { conflict: string }
  | { alreadyThere: true }
  | { update: OrderUpdate }
  | { add: string };

/** What the placement of one order looks at: the import's channel, the tab, the file so far. */
export interface OrderPlacementContext {
  channel: string;
  tab: OrdersInTab;
  /** Order IDs met so far in the file, by orderKey. */
  fileIds: DuplicateOrderIds;
  /** Keys of orders this import has already updated: a second listing of one in the file leaves it. */
  updated: Pick<ReadonlySet<string>, 'has'>;
}

function text(value: unknown): string {
  return String(value ?? '').trim();
}

/** The number people know an order by, for the Log: "#1001", else its Order ID. */
function orderName(order: IncomingOrder): string {
  return text(order.orderNumber) || text(order.orderId);
}

/** The key of an Order ID of this import's channel, as the Orders row would hold it. */
function keyOf(channel: string, orderId: string | undefined): string {
  return orderKey(channel, sheetText(orderId));
}

/**
 * Where an incoming order goes. Rejected: orderProblem's reason, a Customer ID no customer has
 * (an import never creates a customer from an ID), or an Order ID met before in the file. Found
 * in the tab under its key, else (rows of earlier versions) under its order number: reimportChange
 * tells a conflict (another order under the same key: not imported) from the same order, which is
 * already there unless the file shows a new Status or Amount — then it is an update, once per
 * order. Otherwise it is added under its key.
 */
export function placeIncomingOrder(order: IncomingOrder, context: OrderPlacementContext): OrderPlacement {
  const { channel, tab } = context;
  const problem = orderProblem(order);
  if (problem) return { rejected: problem };
  const named = keyText(order.customerId ?? '');
  if (named && !tab.hasCustomer(named)) {
    return {
      rejected: `unknown Customer ID "${sheetText(named)}": no customer in Customers has it, and an import never creates one from an ID`,
    };
  }
  const key = keyOf(channel, order.orderId);
  const duplicate = context.fileIds.check(order.orderId, order.row, key);
  if (duplicate) return { rejected: duplicate };
  const legacy = text(order.orderNumber) ? keyOf(channel, order.orderNumber) : '';
  const thereKey = tab.find(key) ? key : legacy && tab.find(legacy) ? legacy : '';
  const there = thereKey ? tab.find(thereKey) : undefined;
  if (!there) return { add: key };
  const change = reimportChange(tab.there(there), { ...order, status: text(order.status) });
  if ('conflict' in change) {
    return {
      conflict: `order ${orderName(order)} conflicts with Orders row ${there.at} (${change.conflict}): not imported`,
    };
  }
  if ((change.status === null && change.amount === null) || context.updated.has(thereKey)) {
    return { alreadyThere: true };
  }
  const before = tab.statusAndAmount(there);
  const what: string[] = [];
  if (change.status !== null) what.push(`Status ${text(before[0]) || '(blank)'} → ${change.status}`);
  if (change.amount !== null) what.push(`Amount ${text(before[1])} → ${change.amount} (refunded since)`);
  return {
    update: {
      key: thereKey,
      sheetKey: there.sheetKey,
      ...change,
      before,
      reason: `${orderName(order)}: ${what.join(', ')}`,
    },
  };
}
