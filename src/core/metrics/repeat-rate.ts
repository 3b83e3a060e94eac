// Repeat purchase rate: the share of customers who ordered more than once.

import { requireFinite } from './require-finite';

/**
 * Repeat rate = (customers with 2 or more orders) / customers, a share in [0, 1]. Customers with
 * no order count in the denominator. Runs in O(n).
 *
 * @param orderCounts number of orders of each customer, whole numbers ≥ 0
 * @throws {Error} when there are no customers or a count is not a whole number ≥ 0.
 * @example
 * repeatRate([1, 2, 5, 1]); // => 0.5
 */
export function repeatRate(orderCounts: readonly number[]): number {
  if (orderCounts.length === 0) {
    throw new Error('repeat rate needs at least one customer');
  }
  let repeaters = 0;
  for (let i = 0; i < orderCounts.length; i++) {
    const count = requireFinite(orderCounts[i], `order count ${i + 1}`);
    if (!Number.isInteger(count) || count < 0) {
      throw new Error(`order count ${i + 1} must be a whole number of orders, 0 or more (got ${count})`);
    }
    if (count >= 2) repeaters++;
  }
  return repeaters / orderCounts.length;
}
