// Each value's share of the total, e.g. each customer's share of the total lifetime value.

import { requireFinite } from './require-finite';

/**
 * shareᵢ = valueᵢ / Σ values, so the shares sum to 1. Runs in O(n).
 *
 * @param values non-negative finite numbers, not all 0
 * @returns one share per value, in the same order
 * @throws {Error} when there are no values, a value is negative or not finite, or they sum to 0
 *   (a share of nothing is undefined).
 * @example
 * shareOfTotal([1, 3]); // => [0.25, 0.75]
 */
export function shareOfTotal(values: readonly number[]): number[] {
  if (values.length === 0) {
    throw new Error('share of total needs at least one value');
  }
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const value = requireFinite(values[i], `value ${i + 1}`);
    // A negative value would give shares outside [0, 1] that no longer read as parts of a whole.
    if (value < 0) throw new Error(`value ${i + 1} must not be negative (got ${value})`);
    total += value;
  }
  if (total === 0) {
    throw new Error('the values sum to 0, so their shares of the total are undefined');
  }
  if (!Number.isFinite(total)) {
    throw new Error('the values are too large to add up');
  }
  return values.map((value) => value / total);
}
