// Each buyer's order count, revenue and first and last order, from the transactions.
import type { Transaction } from './read-transactions';

/** One buyer's totals over the transactions analytics use. */
export interface CustomerTotals {
  orders: number;
  revenue: number;
  first: Date;
  last: Date;
  /** Day number of `last`. */
  lastDay: number;
}

/**
 * Totals by Customer ID, in the order buyers first appear. Every order counts (two on one day are
 * two orders), unlike the models' summary, which merges a day's purchases.
 */
export function customerTotals(transactions: readonly Transaction[]): Map<string, CustomerTotals> {
  const totals = new Map<string, CustomerTotals>();
  for (const t of transactions) {
    const c = totals.get(t.customerId);
    if (!c) {
      totals.set(t.customerId, { orders: 1, revenue: t.amount, first: t.date, last: t.date, lastDay: t.day });
      continue;
    }
    c.orders++;
    c.revenue += t.amount;
    // getTime, not < on the Dates themselves: that converts both objects to numbers on every order.
    const time = t.date.getTime();
    if (time < c.first.getTime()) c.first = t.date;
    if (time > c.last.getTime()) {
      c.last = t.date;
      c.lastDay = t.day;
    }
  }
  return totals;
}
