// Survival curve of a customer base that keeps a constant share of its customers each period.

import { requireFinite } from './require-finite';

/**
 * Survival probabilities for periods 1…n under a constant retention rate r: survivalₜ = rᵗ
 * (a customer must be retained in every one of the first t periods). Runs in O(n).
 *
 * @param retention share of customers kept from one period to the next, in [0, 1]
 * @param periods number of periods n, a positive integer
 * @returns [r¹, r², …, rⁿ]
 * @throws {Error} when retention is not a finite number in [0, 1] or periods is not a positive
 *   integer.
 * @example
 * constantSurvival(0.8, 3); // => [0.8, 0.64, 0.512] (up to rounding)
 */
export function constantSurvival(retention: number, periods: number): number[] {
  requireFinite(retention, 'retention');
  if (retention < 0 || retention > 1) {
    throw new Error(`retention must be between 0 and 1 (got ${retention})`);
  }
  requireFinite(periods, 'periods');
  if (!Number.isInteger(periods) || periods < 1) {
    throw new Error(`periods must be a positive whole number (got ${periods})`);
  }
  const survival: number[] = [];
  let current = 1;
  for (let t = 1; t <= periods; t++) {
    current *= retention;
    survival.push(current);
  }
  return survival;
}
