// Groups the buyers by k-means on what they spent, how often they ordered and how long ago.
import { clusterCustomers } from '../models/k-means';
import type { CustomerTotals } from './customer-totals';

/** Cluster number (1…k) by Customer ID, or, when no clustering can be made, the reason. */
export interface CustomerClusterLabels {
  of: Map<string, number>;
  /** Why `of` is empty ('' when the buyers were clustered). */
  problem: string;
}

/**
 * Clusters the buyers (clusterCustomers: k-means, k by silhouette) on log(1 + revenue), the number
 * of orders and the days since the last order; numbered from 1 as users count. Too few distinct
 * buyers give no clusters and the reason.
 */
export function customerClusters(
  totals: ReadonlyMap<string, CustomerTotals>,
  asOfDay: number,
): CustomerClusterLabels {
  const buyers = [...totals.entries()];
  try {
    const result = clusterCustomers(
      buyers.map(([, c]) => [Math.log1p(Math.max(0, c.revenue)), c.orders, Math.max(0, asOfDay - c.lastDay)]),
    );
    return { of: new Map(buyers.map(([id], i) => [id, result.labels[i] + 1])), problem: '' };
  } catch {
    return { of: new Map(), problem: 'too few distinct customers to form clusters' };
  }
}
