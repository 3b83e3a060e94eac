// Customer churn rate over a period: the share of the starting customers who left.

import { requireFinite } from './require-finite';

/**
 * Churn rate = L / S: customers lost during the period over customers at its start, a share in
 * [0, 1]. Runs in O(1).
 *
 * @param lostCustomers customers lost during the period L
 * @param customersStart customers at the start of the period S
 * @throws {Error} when a count is not a finite non-negative number, S is 0, or L exceeds S.
 * @example
 * churnRate(50, 1000); // => 0.05
 */
export function churnRate(lostCustomers: number, customersStart: number): number {
  const lost = requireFinite(lostCustomers, 'lost customers');
  const start = requireFinite(customersStart, 'customers at the start');
  if (lost < 0) throw new Error(`lost customers must not be negative (got ${lost})`);
  if (start <= 0) {
    throw new Error(`customers at the start must be greater than 0 (got ${start})`);
  }
  if (lost > start) {
    throw new Error(`lost customers (${lost}) cannot exceed customers at the start (${start})`);
  }
  return lost / start;
}
