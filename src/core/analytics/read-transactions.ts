// Reads the Orders tab into the transactions analytics may use, in the base currency, and the orders left out.
import { cellError } from '../clean/cell-error';
import { dayNumber } from '../clean/day-number';
import { normalizeEmail } from '../clean/normalize-email';
import { orderCurrency } from '../model/base-currency';
import type { Settings } from '../model/settings';
import { duplicateOrderIds } from '../orders/duplicate-order-ids';
import { statusLeftOut } from '../orders/status-left-out';
import type { Cell } from '../table/cell';
import { COLUMNS, type TabTable } from '../table/columns';
import { isValidDate } from '../table/is-valid-date';
import { cellOf, columnOf } from '../table/sheet-table';
import { cellText as text } from './cell-text';

/** One order analytics counts: its customer, its day in the sheet's zone and its amount in the base currency. */
export interface Transaction {
  customerId: string;
  day: number;
  amount: number;
  product: string;
  date: Date;
}

/** An Orders row left out of analytics, and why (row = sheet row). */
export interface ExcludedOrder {
  row: number;
  reason: string;
}

/** Where the orders come from and how to read them. */
export interface OrderSource {
  orders: TabTable<'orders'>;
  customers: TabTable<'customers'>;
  settings: Pick<Settings, 'gmailDots' | 'currencyRates'>;
  timeZone: string;
}

/** Reads a cell as an amount: numbers as they are, text only when it is a plain decimal number. */
function amountOf(cell: Cell): number {
  if (typeof cell === 'number') return cell;
  const t = text(cell).replace(/^'/, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** `read` of a cell, remembered for text cells (up to a thousand distinct ones). */
function perText<T>(read: (cell: Cell) => T): (cell: Cell) => T {
  const known = new Map<string, T>();
  return (cell) => {
    if (typeof cell !== 'string') return read(cell);
    let value = known.get(cell);
    if (value === undefined) {
      value = read(cell);
      if (known.size < 1000) known.set(cell, value);
    }
    return value;
  };
}

/**
 * The orders analytics may use, converted to `base`; the others with their reason, in row order.
 * Left out: a status statusLeftOut leaves out (refunded or cancelled in any channel's words, a
 * chargeback included; pending or authorised: not revenue yet), a missing or error-valued Order ID,
 * an Order ID seen before in the same channel (orderKey), a customer neither the Customer ID nor
 * the Email finds, a Date or Amount that is not one, a negative Quantity, and a currency with no
 * rate to `base` in Settings.
 * Blank rows are skipped silently. The tables are not modified.
 */
export function readTransactions(
  source: OrderSource,
  base: string,
): { transactions: Transaction[]; excluded: ExcludedOrder[] } {
  const { orders, customers, settings, timeZone } = source;
  const known = new Set<string>();
  const byEmail = new Map<string, string>();
  for (const row of customers.rows) {
    const id = text(cellOf(customers, row, COLUMNS.customers.customerId));
    if (!id) continue;
    known.add(id);
    const email = normalizeEmail(cellOf(customers, row, COLUMNS.customers.email), {
      gmailDots: settings.gmailDots,
    });
    if (email && !byEmail.has(email)) byEmail.set(email, id);
  }
  const transactions: Transaction[] = [];
  const excluded: ExcludedOrder[] = [];
  const duplicates = duplicateOrderIds({ quoted: false });
  // Columns found once, not once per order and field: there may be half a million orders.
  const col = {
    orderId: columnOf(orders, COLUMNS.orders.orderId),
    status: columnOf(orders, COLUMNS.orders.status),
    channel: columnOf(orders, COLUMNS.orders.channel),
    customerId: columnOf(orders, COLUMNS.orders.customerId),
    email: columnOf(orders, COLUMNS.orders.email),
    date: columnOf(orders, COLUMNS.orders.date),
    amount: columnOf(orders, COLUMNS.orders.amount),
    quantity: columnOf(orders, COLUMNS.orders.quantity),
    currency: columnOf(orders, COLUMNS.orders.currency),
    product: columnOf(orders, COLUMNS.orders.product),
  };
  // Statuses and currencies are a handful of texts repeated on every row: each is read once.
  const leftOutOf = perText(statusLeftOut);
  const currencyOf = perText((cell) => orderCurrency(cell, base));
  // The row being read, so that `cell` is one function for all rows, not a closure made per row.
  let current: Cell[] = [];
  const cell = (column: number): Cell => (column < 0 ? '' : (current[column] ?? ''));
  orders.rows.forEach((row, i) => {
    const sheetRow = i + 2;
    const read = readOrder(row, sheetRow);
    if (typeof read === 'string') {
      if (read) excluded.push({ row: sheetRow, reason: read });
    } else {
      transactions.push(read);
    }
  });
  /** A transaction, or why the row is left out ('' for an empty row). */
  function readOrder(row: Cell[], sheetRow: number): Transaction | string {
    current = row;
    const orderId = text(cell(col.orderId));
    if (!orderId && row.every((value) => text(value) === '')) return '';
    const leftOut = leftOutOf(cell(col.status));
    if (leftOut) return leftOut;
    if (!orderId || cellError(orderId)) return 'missing or invalid Order ID';
    const duplicate = duplicates.checkOrder(orderId, sheetRow, cell(col.channel), cell(col.orderId));
    if (duplicate) return duplicate;
    let customerId = text(cell(col.customerId));
    if (!customerId)
      customerId = byEmail.get(normalizeEmail(cell(col.email), { gmailDots: settings.gmailDots })) ?? '';
    if (!customerId || !known.has(customerId)) return 'unknown customer';
    const date = cell(col.date);
    if (!isValidDate(date)) return 'Date is not a date';
    const amount = amountOf(cell(col.amount));
    if (!Number.isFinite(amount)) return 'Amount is not a number';
    const quantity = cell(col.quantity);
    if (typeof quantity === 'number' && quantity < 0) return 'negative Quantity';
    // A blank Currency is the base currency: import leaves it blank when neither file nor Settings name one.
    const currency = currencyOf(cell(col.currency));
    const rate = currency === base ? 1 : settings.currencyRates[currency];
    if (rate === undefined) return `${currency} has no exchange rate to ${base} in Settings`;
    return {
      customerId,
      day: dayNumber(date, timeZone),
      amount: amount * rate,
      product: text(cell(col.product)),
      date,
    };
  }
  return { transactions, excluded };
}
