// Who was active a year ago, who is active now and who is new, for the Dashboard's 12-month retention.
import type { Transaction } from './read-transactions';

/** The length of the retention window, and of "active" (an order within that many days). */
export const RETENTION_WINDOW_DAYS = 365;

/** The counts of the retention rate (E − N) / S. */
export interface RetentionCounts {
  /** Customers active at the start of the window: an order in the 365 days up to it. */
  S: number;
  /** Customers active at its end (`asOfDay`): an order in the window. */
  E: number;
  /** Customers whose first order falls in the window. */
  N: number;
}

/**
 * The counts over the 365 days that end on `asOfDay`: the window is (asOfDay − 365, asOfDay] and
 * its start is active over (asOfDay − 730, asOfDay − 365]. Orders after asOfDay count nowhere.
 */
export function retentionWindow(transactions: readonly Transaction[], asOfDay: number): RetentionCounts {
  const end = asOfDay;
  const start = end - RETENTION_WINDOW_DAYS;
  const days = new Map<string, number[]>();
  for (const t of transactions) {
    const list = days.get(t.customerId) ?? [];
    days.set(t.customerId, list);
    list.push(t.day);
  }
  const counts: RetentionCounts = { S: 0, E: 0, N: 0 };
  for (const list of days.values()) {
    const first = Math.min(...list);
    if (list.some((day) => day <= start && day > start - RETENTION_WINDOW_DAYS)) counts.S++;
    if (list.some((day) => day <= end && day > start)) counts.E++;
    if (first > start && first <= end) counts.N++;
  }
  return counts;
}
