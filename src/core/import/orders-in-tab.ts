// The orders the Orders tab already holds when an import starts, found by key, with their customers.
import { TAB_SPECS } from '../model/tab-specs';
import { orderKey } from '../orders/order-key';
import type { Cell } from '../table/cell';
import { COLUMNS, type Header, type TabTable } from '../table/columns';
import { cellOf, keyText, rowKey } from '../table/sheet-table';
import type { OrderThere } from './reimport-change';

const O = COLUMNS.orders;
const C = COLUMNS.customers;

/** The key columns of Orders (Channel, Order ID), as Undo finds rows by them. */
export const ORDER_KEY: readonly Header<'orders'>[] = TAB_SPECS.orders.key;

/** An order found in the tab: its row, its sheet row number and its key as Undo finds the row. */
export interface OrderInTab {
  row: Cell[];
  at: number;
  sheetKey: string;
}

function text(value: Cell): string {
  return String(value ?? '').trim();
}

/**
 * Orders already in the tab by orderKey (the first row of a key), and Customers by Customer ID:
 * an order found again names its customer by ID where the file names it by email, phone or name,
 * and an incoming order naming a Customer ID must name one Customers has.
 */
export class OrdersInTab {
  private readonly byKey = new Map<string, { row: Cell[]; at: number }>();
  private readonly customerById = new Map<string, Cell[]>();

  constructor(
    private readonly orders: TabTable<'orders'>,
    private readonly customers: TabTable<'customers'>,
  ) {
    orders.rows.forEach((row, i) => {
      const key = orderKey(cellOf(orders, row, O.channel), cellOf(orders, row, O.orderId));
      if (!this.byKey.has(key)) this.byKey.set(key, { row, at: i + 2 });
    });
    for (const row of customers.rows) {
      const id = keyText(cellOf(customers, row, C.customerId));
      if (id && !this.customerById.has(id)) this.customerById.set(id, row);
    }
  }

  /** True when a Customers row has this Customer ID. */
  hasCustomer(id: string): boolean {
    return this.customerById.has(id);
  }

  /** The order of a key (orderKey), or undefined. */
  find(key: string): OrderInTab | undefined {
    const found = this.byKey.get(key);
    return found && { ...found, sheetKey: rowKey(this.orders, found.row, ORDER_KEY) };
  }

  /** An order found as reimportChange compares it: its cells, and its customer's email, phone and name. */
  there(found: OrderInTab): OrderThere {
    const { orders, customers } = this;
    const customer = this.customerById.get(keyText(cellOf(orders, found.row, O.customerId)));
    const email = text(cellOf(orders, found.row, O.email));
    return {
      status: cellOf(orders, found.row, O.status),
      amount: cellOf(orders, found.row, O.amount),
      date: cellOf(orders, found.row, O.date),
      email: email || (customer ? text(cellOf(customers, customer, C.email)) : ''),
      phone: customer ? text(cellOf(customers, customer, C.phone)) : '',
      name: customer ? text(cellOf(customers, customer, C.name)) : '',
    };
  }

  /** The Status and Amount cells of an order found, as they were before the import. */
  statusAndAmount(found: OrderInTab): [Cell, Cell] {
    return [cellOf(this.orders, found.row, O.status), cellOf(this.orders, found.row, O.amount)];
  }
}
