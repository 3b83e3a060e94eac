// The cumulative predicted and actual repeat purchases of a cohort, week by week (FHL 2005 Figure 3).
import type { CohortHoldout } from './cohort-holdout';
import { isoDay } from './iso-day';
import type { PurchaseModel } from './purchase-model';
import { purchaseModelExpectedPurchasesInPeriod } from './purchase-model-expected-purchases-in-period';

/** Cumulative repeat purchases of the cohort at the end of one week (FHL 2005 Fig. 3). */
export interface WeeklyCheck {
  /** 1 for the week of the cohort's first purchase; the calibration period ends with a week. */
  week: number;
  /** The last day of the week (ISO), the holdout's last day for a final partial week. */
  date: string;
  predictedCumulative: number;
  actualCumulative: number;
}

/**
 * At the end of each week, from the week of the cohort's first purchase to the holdout's last day:
 * predicted = Σ over the customers acquired by then of E[X(their age in weeks)] under `model`,
 * actual = the cohort's repeat-purchase days so far. Weeks end on the calibration's last day and
 * every 7 days before and after it; a last part week ends on the holdout's last day. Time
 * O(weeks × distinct first-purchase days) plus one E[X] per distinct age in days.
 */
export function trackingCurve(model: PurchaseModel, cohort: CohortHoldout): WeeklyCheck[] {
  const { firstDay, repeatDays, calibrationDay, holdoutDay } = cohort;
  // Customers acquired per first-purchase day, and repeat purchases per day.
  let earliest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < firstDay.length; i++) if (firstDay[i] < earliest) earliest = firstDay[i];
  const days = holdoutDay - earliest + 1;
  const acquired = new Float64Array(days);
  for (let i = 0; i < firstDay.length; i++) acquired[firstDay[i] - earliest]++;
  const bought = new Float64Array(days);
  for (let k = 0; k < repeatDays.length; k++) bought[repeatDays[k] - earliest]++;
  const firstDays: number[] = [];
  for (let d = 0; d < days; d++) if (acquired[d] > 0) firstDays.push(d);

  // E[X] depends only on a customer's age in days: each age is evaluated once.
  const expectedAtAge = new Float64Array(days).fill(Number.NaN);
  const expected = (age: number): number => {
    if (Number.isNaN(expectedAtAge[age]))
      expectedAtAge[age] = purchaseModelExpectedPurchasesInPeriod(model, age / 7);
    return expectedAtAge[age];
  };

  // Weeks end on the calibration's last day and every 7 days before and after it.
  const firstWeek = Math.ceil((earliest - calibrationDay) / 7);
  const lastWeek = Math.ceil((holdoutDay - calibrationDay) / 7);
  const weekly: WeeklyCheck[] = [];
  let actualCumulative = 0;
  let counted = 0;
  for (let j = firstWeek; j <= lastWeek; j++) {
    const end = Math.min(calibrationDay + 7 * j, holdoutDay) - earliest;
    for (; counted <= end; counted++) actualCumulative += bought[counted];
    let predictedCumulative = 0;
    for (const first of firstDays) {
      if (first > end) break;
      predictedCumulative += acquired[first] * expected(end - first);
    }
    weekly.push({
      week: j - firstWeek + 1,
      date: isoDay(end + earliest),
      predictedCumulative,
      actualCumulative,
    });
  }
  return weekly;
}
