// The distinct repeat-purchase days of a cohort of customers up to a given day.
import type { Transaction } from './summarize-transactions';

/**
 * Every (customer, day) on which a customer of the cohort bought again, after their first purchase
 * day and no later than `lastDay`, each pair once however many transactions share it (as FHL 2005
 * count CDNOW's repeat transactions); sorted by customer, then day. `indexOf` maps a customer ID
 * to its index in `firstDay`; transactions of other customers are ignored. O(n log n).
 */
export function cohortRepeatDays(
  transactions: readonly Transaction[],
  indexOf: ReadonlyMap<string, number>,
  firstDay: ArrayLike<number>,
  lastDay: number,
): { customer: Int32Array; day: Int32Array } {
  let earliest = Number.POSITIVE_INFINITY;
  for (let c = 0; c < firstDay.length; c++) if (firstDay[c] < earliest) earliest = firstDay[c];
  const span = lastDay - earliest + 1;
  // One number per pair, customer-major, so one numeric sort orders them and puts duplicates side by side.
  const keys = new Float64Array(transactions.length);
  let kept = 0;
  for (const t of transactions) {
    if (t.day > lastDay) continue;
    const c = indexOf.get(t.customerId);
    if (c === undefined || t.day <= firstDay[c]) continue;
    keys[kept++] = c * span + (t.day - earliest);
  }
  const sorted = keys.subarray(0, kept).sort();
  let distinct = 0;
  for (let k = 0; k < kept; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct++;
  const customer = new Int32Array(distinct);
  const day = new Int32Array(distinct);
  let j = 0;
  for (let k = 0; k < kept; k++) {
    if (k > 0 && sorted[k] === sorted[k - 1]) continue;
    const c = Math.floor(sorted[k] / span);
    customer[j] = c;
    day[j] = sorted[k] - c * span + earliest;
    j++;
  }
  return { customer, day };
}
