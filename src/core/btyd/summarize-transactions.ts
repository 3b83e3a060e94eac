// Condenses a transaction log into one BTYD summary row per customer (lifetimes' semantics).
import type { CustomerSummary } from './customer-summary';
import { daysPerUnit } from './days-per-unit';
import { StringNumbering } from './string-numbering';
import type { TimeUnit } from './time-unit';

export type { CustomerSummary } from './customer-summary';
export type { TimeUnit } from './time-unit';

/** One purchase: `day` is a whole day number (the caller converts dates in the sheet's time zone). */
export type Transaction = { customerId: string; day: number; amount: number };

/**
 * Per customer, as lifetimes' `summary_data_from_transaction_data` computes it: transactions after
 * `asOfDay` (default: the latest day in the data) are ignored; purchases on the same day are merged
 * into one (amounts summed); frequency = number of distinct purchase days after the first;
 * recency = last − first purchase day; T = asOfDay − first purchase day; monetaryValue = mean of
 * the merged repeat purchases (0 when there are none). recency and T are in `unit` (weeks = days / 7,
 * not rounded). Customers whose first purchase is after asOfDay are left out; the rest come in the
 * order in which they first appear among the transactions kept. Also gives firstDay, lastDay,
 * orders (transactions before merging) and revenue (all their amounts). O(n) plus a sort of each
 * customer's days when they are not already in order. The input is not modified.
 *
 * Throws RangeError naming the first transaction whose day is not a whole number or whose amount
 * is not a finite number, or when asOfDay is not a finite number.
 *
 * @example summarizeTransactions([{ customerId: 'A', day: 0, amount: 5 }, { customerId: 'A', day: 14, amount: 7 }], { unit: 'weeks' })
 * // => [{ customerId: 'A', frequency: 1, recency: 2, T: 2, monetaryValue: 7, firstDay: 0, lastDay: 14, orders: 2, revenue: 12 }]
 */
export function summarizeTransactions(
  transactions: readonly Transaction[],
  options: { asOfDay?: number; unit: TimeUnit },
): CustomerSummary[] {
  const n = transactions.length;
  let latest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const { day, amount } = transactions[i];
    if (!Number.isInteger(day))
      throw new RangeError(`transaction ${i + 1}: the day is not a whole number (${day})`);
    if (!Number.isFinite(amount))
      throw new RangeError(`transaction ${i + 1}: the amount is not a finite number`);
    if (day > latest) latest = day;
  }
  const asOfDay = options.asOfDay ?? latest;
  if (options.asOfDay !== undefined && !Number.isFinite(asOfDay)) {
    throw new RangeError(`asOfDay must be a finite number, got ${options.asOfDay}`);
  }
  if (n === 0) return [];
  const unitDays = daysPerUnit(options.unit);

  // Number customers in order of first appearance and count their kept transactions.
  const numbering = new StringNumbering();
  const ids = numbering.texts;
  const customerOf = new Int32Array(n).fill(-1);
  // At most one customer per transaction.
  const counts = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = transactions[i];
    if (t.day > asOfDay) continue;
    const c = numbering.numberOf(t.customerId);
    customerOf[i] = c;
    counts[c]++;
  }
  const customers = ids.length;
  // Counting sort of the kept transactions by customer, stable in input order.
  const start = new Int32Array(customers + 1);
  for (let c = 0; c < customers; c++) start[c + 1] = start[c] + counts[c];
  const fill = start.slice(0, customers);
  const order = new Int32Array(start[customers]);
  for (let i = 0; i < n; i++) if (customerOf[i] >= 0) order[fill[customerOf[i]]++] = i;

  const result: CustomerSummary[] = new Array(customers);
  for (let c = 0; c < customers; c++) {
    const from = start[c];
    const to = start[c + 1];
    let sorted = true;
    for (let k = from + 1; k < to && sorted; k++) {
      if (transactions[order[k]].day < transactions[order[k - 1]].day) sorted = false;
    }
    if (!sorted) order.subarray(from, to).sort((i, j) => transactions[i].day - transactions[j].day);
    const firstDay = transactions[order[from]].day;
    let revenue = 0;
    let repeatDays = 0;
    let repeatAmount = 0;
    let lastDay = firstDay;
    for (let k = from; k < to; k++) {
      const t = transactions[order[k]];
      revenue += t.amount;
      if (t.day === firstDay) continue;
      // Same-day purchases merge into one repeat purchase whose amount is their sum.
      if (t.day !== lastDay) {
        repeatDays++;
        lastDay = t.day;
      }
      repeatAmount += t.amount;
    }
    result[c] = {
      customerId: ids[c],
      frequency: repeatDays,
      recency: (lastDay - firstDay) / unitDays,
      T: (asOfDay - firstDay) / unitDays,
      monetaryValue: repeatDays > 0 ? repeatAmount / repeatDays : 0,
      firstDay,
      lastDay,
      orders: to - from,
      revenue,
    };
  }
  return result;
}
