// Customer retention rate over a period, from head counts at its start and end.

import { requireFinite } from './require-finite';

/**
 * Retention rate = (E − N) / S: of the S customers at the start of the period, the share still
 * there at its end, where E customers are counted at the end and N of them are new. A share in
 * [0, 1]. Runs in O(1).
 *
 * @param customersEnd customers at the end of the period E
 * @param newCustomers customers acquired during the period N
 * @param customersStart customers at the start of the period S
 * @throws {Error} when a count is not a finite non-negative number, S is 0, N exceeds E, or
 *   E − N exceeds S (more customers kept than there were: the counts disagree).
 * @example
 * retentionRate(1000, 200, 850); // => 0.9411… (800 / 850)
 */
export function retentionRate(customersEnd: number, newCustomers: number, customersStart: number): number {
  const end = requireNonNegative(customersEnd, 'customers at the end');
  const added = requireNonNegative(newCustomers, 'new customers');
  const start = requireNonNegative(customersStart, 'customers at the start');
  if (start === 0) {
    throw new Error('customers at the start must be greater than 0 (retention of nobody is undefined)');
  }
  if (added > end) {
    throw new Error(`new customers (${added}) cannot exceed customers at the end (${end})`);
  }
  if (end - added > start) {
    throw new Error(
      `customers kept (${end} at the end − ${added} new = ${end - added}) cannot exceed ` +
        `customers at the start (${start})`,
    );
  }
  return (end - added) / start;
}

function requireNonNegative(value: number, name: string): number {
  if (requireFinite(value, name) < 0) {
    throw new Error(`${name} must not be negative (got ${value})`);
  }
  return value;
}
