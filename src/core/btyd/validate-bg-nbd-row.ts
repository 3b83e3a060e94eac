// Checks one customer's (frequency, recency, T) against what the BG/NBD model can describe.

/**
 * The reason a row (x = frequency, tx = recency, T = age, in one time unit) cannot be used by the
 * BG/NBD model, or null when it can: each value must be a finite number, x a whole number ≥ 0,
 * 0 ≤ tx ≤ T, and tx = 0 when x = 0 (the same checks lifetimes makes). x > 0 with tx = 0 is
 * allowed: repeat purchases can fall on the first purchase's period.
 *
 * @example validateBgNbdRow(2, 40, 38.86) // => 'recency is greater than T'
 * @example validateBgNbdRow(2, 30.43, 38.86) // => null
 */
export function validateBgNbdRow(x: number, tx: number, T: number): string | null {
  if (!Number.isFinite(x)) return 'frequency is not a finite number';
  if (!Number.isFinite(tx)) return 'recency is not a finite number';
  if (!Number.isFinite(T)) return 'T is not a finite number';
  if (x < 0) return 'frequency is negative';
  if (!Number.isInteger(x)) return 'frequency is not a whole number';
  if (tx < 0) return 'recency is negative';
  if (T < 0) return 'T is negative';
  if (tx > T) return 'recency is greater than T';
  if (x === 0 && tx !== 0) return 'recency must be 0 when frequency is 0';
  return null;
}
