// The figures of one segment: how many customers, their share of revenue, their average CLV and churn risk.

/** One customer's figures as a segment adds them up; null where the Customers cell is blank. */
export interface SegmentMemberFigures {
  revenue: number;
  clv: number | null;
  churnRisk: number | null;
}

/** Running totals of a segment while its customers are read. */
export interface SegmentTotals {
  customers: number;
  revenue: number;
  clvSum: number;
  clvCount: number;
  churnSum: number;
  churnCount: number;
}

/** A segment as the sidebar and the Segments tab show it. */
export interface SegmentSummary {
  name: string;
  /** The segment as a rule of the segment language, by which it is saved and listed. */
  definition: string;
  /** What sets it apart, in words ("frequent, recent, high spend"); '' when nothing is said. */
  description: string;
  customers: number;
  /** Its revenue over all customers' revenue, 0…1 (0 when nobody has revenue). */
  revenueShare: number;
  /** Mean Predicted CLV 12m of the members that have one; null when none has. */
  avgClv: number | null;
  /** Mean Churn risk of the members that have one, 0…1; null when none has. */
  avgChurnRisk: number | null;
}

/** Totals of an empty segment. */
export function emptySegmentTotals(): SegmentTotals {
  return { customers: 0, revenue: 0, clvSum: 0, clvCount: 0, churnSum: 0, churnCount: 0 };
}

/** Adds one member to `totals` in place (O(1)), so 50,000 customers are summed without arrays. */
export function addSegmentMember(totals: SegmentTotals, member: SegmentMemberFigures): void {
  totals.customers++;
  totals.revenue += member.revenue;
  if (member.clv !== null) {
    totals.clvSum += member.clv;
    totals.clvCount++;
  }
  if (member.churnRisk !== null) {
    totals.churnSum += member.churnRisk;
    totals.churnCount++;
  }
}

/**
 * The summary of a segment from its totals and the revenue of every customer (the denominator of
 * the revenue share). Averages skip blank cells rather than count them as 0.
 * @example summarizeSegment({ name: 'VIP', definition: 'Tags CONTAINS vip', description: '' },
 *   { customers: 2, revenue: 300, clvSum: 500, clvCount: 2, churnSum: 0.3, churnCount: 1 }, 1200)
 * // => { …, customers: 2, revenueShare: 0.25, avgClv: 250, avgChurnRisk: 0.3 }
 */
export function summarizeSegment(
  segment: { name: string; definition: string; description: string },
  totals: SegmentTotals,
  allRevenue: number,
): SegmentSummary {
  return {
    ...segment,
    customers: totals.customers,
    revenueShare: allRevenue > 0 ? totals.revenue / allRevenue : 0,
    avgClv: totals.clvCount > 0 ? totals.clvSum / totals.clvCount : null,
    avgChurnRisk: totals.churnCount > 0 ? totals.churnSum / totals.churnCount : null,
  };
}
