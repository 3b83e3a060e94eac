// Loyalty index: one number combining how many customers come back and how many stay.

import { requireFinite } from './require-finite';

/**
 * Loyalty index = (repeat rate + retention rate) / 2, a share in [0, 1]. Runs in O(1).
 *
 * @param repeatRate share of customers with 2 or more orders, in [0, 1]
 * @param retentionRate share of customers kept over the period, in [0, 1]
 * @throws {Error} when either rate is not a finite number in [0, 1].
 * @example
 * loyaltyIndex(0.4, 0.9); // => 0.65
 */
export function loyaltyIndex(repeatRate: number, retentionRate: number): number {
  requireShare(repeatRate, 'repeat rate');
  requireShare(retentionRate, 'retention rate');
  return (repeatRate + retentionRate) / 2;
}

function requireShare(value: number, name: string): void {
  requireFinite(value, name);
  if (value < 0 || value > 1) {
    throw new Error(`${name} must be a share between 0 and 1 (got ${value})`);
  }
}
