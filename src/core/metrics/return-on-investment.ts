// Return on investment of a campaign or channel.

import { requireFinite } from './require-finite';

/**
 * ROI = (revenue − cost) / cost: 1 means the investment earned back twice its cost, 0 that it
 * broke even, −1 that everything was lost. Runs in O(1).
 *
 * @param revenue revenue attributed to the investment
 * @param cost what the investment cost, greater than 0
 * @throws {Error} when either is not a finite number, or cost is 0 or negative (ROI on nothing
 *   spent is undefined).
 * @example
 * returnOnInvestment(200000, 100000); // => 1
 */
export function returnOnInvestment(revenue: number, cost: number): number {
  requireFinite(revenue, 'revenue');
  requireFinite(cost, 'cost');
  if (cost <= 0) {
    throw new Error(`cost must be greater than 0 (got ${cost}): ROI is undefined without an investment`);
  }
  return (revenue - cost) / cost;
}
