// Shared input check for the metrics and models: a number that is not finite is a caller error.

/**
 * Returns `value` when it is a finite number, so that bad input fails loudly instead of
 * propagating NaN or Infinity into a result.
 *
 * @param value the number to check
 * @param name how the message refers to it, e.g. "discount rate" or "revenue in period 3"
 * @throws {Error} "<name> must be a finite number (got <value>)" when it is NaN, ±Infinity or
 *   not a number at all (values from a sheet can be text).
 * @example
 * requireFinite(0.1, 'discount rate'); // => 0.1
 */
export function requireFinite(value: number, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`${name} must be a finite number (got ${describe(value)})`);
  }
  return value;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}
