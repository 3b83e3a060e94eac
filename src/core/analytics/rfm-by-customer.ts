// The RFM quintile scores of each buyer, with recency in days since the last order.
import { type RfmResult, rfmScores } from '../metrics/rfm';
import type { CustomerTotals } from './customer-totals';

/**
 * RFM scores by Customer ID (rfmScores, 5 bins) on days from the last order to `asOfDay` (0 for an
 * order dated later), the number of orders and the revenue. No buyers give an empty map.
 */
export function rfmByCustomer(
  totals: ReadonlyMap<string, CustomerTotals>,
  asOfDay: number,
): Map<string, RfmResult> {
  const buyers = [...totals.entries()];
  if (buyers.length === 0) return new Map();
  const scores = rfmScores(
    buyers.map(([, c]) => ({
      recencyDays: Math.max(0, asOfDay - c.lastDay),
      frequency: c.orders,
      monetary: c.revenue,
    })),
  );
  return new Map(buyers.map(([id], i) => [id, scores[i]]));
}
