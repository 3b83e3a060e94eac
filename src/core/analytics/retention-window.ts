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
  // Per customer: the first day, and whether some day falls in each window; no list of days.
  const slot = new Map<string, number>();
  const first: number[] = [];
  const activeAtStart: boolean[] = [];
  const activeAtEnd: boolean[] = [];
  for (const t of transactions) {
    let c = slot.get(t.customerId);
    if (c === undefined) {
      c = first.length;
      slot.set(t.customerId, c);
      first.push(t.day);
      activeAtStart.push(false);
      activeAtEnd.push(false);
    } else if (t.day < first[c]) {
      first[c] = t.day;
    }
    if (t.day <= start && t.day > start - RETENTION_WINDOW_DAYS) activeAtStart[c] = true;
    if (t.day <= end && t.day > start) activeAtEnd[c] = true;
  }
  const counts: RetentionCounts = { S: 0, E: 0, N: 0 };
  for (let c = 0; c < first.length; c++) {
    if (activeAtStart[c]) counts.S++;
    if (activeAtEnd[c]) counts.E++;
    if (first[c] > start && first[c] <= end) counts.N++;
  }
  return counts;
}
