// Condenses a transaction log into one BTYD summary row per customer (lifetimes' semantics).
import type { CustomerSummary } from './customer-summary';
import { summarizeTransactionColumns, type Transaction } from './summarize-transaction-columns';
import type { TimeUnit } from './time-unit';

export type { CustomerSummary } from './customer-summary';
export type { Transaction } from './summarize-transaction-columns';
export type { TimeUnit } from './time-unit';

/**
 * The summary of summarizeTransactionColumns (same rules, same errors), as one object per customer:
 * handy for small logs and tests; large logs are cheaper as columns.
 *
 * @example summarizeTransactions([{ customerId: 'A', day: 0, amount: 5 }, { customerId: 'A', day: 14, amount: 7 }], { unit: 'weeks' })
 * // => [{ customerId: 'A', frequency: 1, recency: 2, T: 2, monetaryValue: 7, firstDay: 0, lastDay: 14, orders: 2, revenue: 12 }]
 */
export function summarizeTransactions(
  transactions: readonly Transaction[],
  options: { asOfDay?: number; unit: TimeUnit },
): CustomerSummary[] {
  const columns = summarizeTransactionColumns(transactions, options);
  return columns.customerIds.map((customerId, c) => ({
    customerId,
    frequency: columns.frequency[c],
    recency: columns.recency[c],
    T: columns.T[c],
    monetaryValue: columns.monetaryValue[c],
    firstDay: columns.firstDay[c],
    lastDay: columns.lastDay[c],
    orders: columns.orders[c],
    revenue: columns.revenue[c],
  }));
}
