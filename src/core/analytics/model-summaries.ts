// The BTYD summary of each buyer (frequency, recency, T, mean repeat spend) the models are fitted on.
import { type CustomerSummary, summarizeTransactions } from '../btyd/summarize-transactions';
import type { TimeUnit } from '../btyd/time-unit';
import type { Transaction } from './read-transactions';

/**
 * lifetimes' summary of the transactions as of `asOfDay` (purchases on one day merged; recency
 * and T in `unit`). An order dated after refresh time counts as made on `asOfDay` rather than being
 * dropped, as the summary alone would. No transactions give no summaries.
 */
export function modelSummaries(
  transactions: readonly Transaction[],
  asOfDay: number,
  unit: TimeUnit,
): CustomerSummary[] {
  if (transactions.length === 0) return [];
  // A copy with the days clamped only when some order is dated after the as-of day (a clock ahead).
  const clamp = transactions.some((t) => t.day > asOfDay);
  return summarizeTransactions(
    clamp
      ? transactions.map((t) => ({
          customerId: t.customerId,
          day: Math.min(t.day, asOfDay),
          amount: t.amount,
        }))
      : transactions,
    { asOfDay, unit },
  );
}
