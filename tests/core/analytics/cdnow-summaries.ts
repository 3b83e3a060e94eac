// The CDNOW sample (lifetimes' dataset, weeks) as the BTYD summaries the analytics fit on.
import type { CustomerSummary } from '../../../src/core/btyd/customer-summary';
import { loadSummaryWithSpend } from '../btyd/cdnow-fixture';

/** The 2,357 CDNOW customers with frequency, recency, T (weeks) and mean repeat spend; frozen. */
export function cdnowSummaries(): readonly CustomerSummary[] {
  return Object.freeze(
    loadSummaryWithSpend().map((r) =>
      Object.freeze({
        customerId: r.id,
        frequency: r.x,
        recency: r.tx,
        T: r.T,
        monetaryValue: r.zbar,
        firstDay: 0,
        lastDay: 0,
        orders: r.x + 1,
        revenue: r.zbar * r.x,
      }),
    ),
  );
}
