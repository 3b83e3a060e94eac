// A transaction log split at a calibration end: the cohort's calibration summary and its holdout purchases.
import { cohortRepeatDays } from './cohort-repeat-days';
import { summarizeTransactions, type Transaction } from './summarize-transactions';

/** What a model check needs of the data, whichever model it fits. */
export interface CohortHoldout {
  calibrationDay: number;
  holdoutDay: number;
  /** The cohort's calibration summary in weeks, one entry per customer, in first-appearance order. */
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  firstDay: Int32Array;
  /** Repeat-purchase days of each customer after calibrationDay up to holdoutDay. */
  holdout: Float64Array;
  /** Every repeat-purchase day of the cohort up to holdoutDay, calibration included, in no set order. */
  repeatDays: Int32Array;
}

/**
 * The cohort (customers whose first purchase is on or before calibrationDay), summarised as
 * summarizeTransactions does in weeks as of calibrationDay (same-day purchases merged), with the
 * distinct repeat-purchase days each made after it up to holdoutDay. Customers who first bought
 * later and transactions after holdoutDay are left out. O(n log n).
 *
 * Throws what summarizeTransactions throws for a bad transaction.
 */
export function cohortHoldout(
  transactions: readonly Transaction[],
  calibrationDay: number,
  holdoutDay: number,
): CohortHoldout {
  const summary = summarizeTransactions(transactions, { asOfDay: calibrationDay, unit: 'weeks' });
  const n = summary.length;
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const T = new Float64Array(n);
  const firstDay = new Int32Array(n);
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const s = summary[i];
    frequency[i] = s.frequency;
    recency[i] = s.recency;
    T[i] = s.T;
    firstDay[i] = s.firstDay;
    indexOf.set(s.customerId, i);
  }
  const repeats = cohortRepeatDays(transactions, indexOf, firstDay, holdoutDay);
  const holdout = new Float64Array(n);
  for (let k = 0; k < repeats.day.length; k++)
    if (repeats.day[k] > calibrationDay) holdout[repeats.customer[k]]++;
  return { calibrationDay, holdoutDay, frequency, recency, T, firstDay, holdout, repeatDays: repeats.day };
}
