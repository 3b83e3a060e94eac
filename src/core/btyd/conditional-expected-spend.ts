// Gamma-Gamma expected average transaction value of a customer given their repeat purchases.
import type { GammaGammaParams } from './gamma-gamma-params';

/**
 * E[M | p, q, γ, m̄, x] = p (γ + x m̄) / (p x + q − 1) (Fader & Hardie 2013, eq. 5; Fader, Hardie &
 * Lee 2005): a weighted average of the population mean p γ / (q − 1) and the customer's own mean
 * m̄, the weight on m̄ growing with x. For x = 0 it is the population mean. Constant time.
 *
 * Throws RangeError when a parameter is not positive, x is negative or not finite, m̄ is negative or
 * not finite, or p x + q ≤ 1 (the expectation is then infinite; for x = 0 this means q ≤ 1).
 *
 * @example conditionalExpectedSpend({ p: 6.25, q: 3.74, gamma: 15.44 }, 0, 0) // => 35.22 (6.25·15.44 / 2.74)
 */
export function conditionalExpectedSpend(params: GammaGammaParams, x: number, mbar: number): number {
  const { p, q, gamma } = params;
  for (const [name, value] of [
    ['p', p],
    ['q', q],
    ['gamma', gamma],
  ] as const) {
    if (!(value > 0 && value < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`Gamma-Gamma parameter ${name} must be a positive number, got ${value}`);
    }
  }
  if (!(x >= 0 && x < Number.POSITIVE_INFINITY))
    throw new RangeError(`frequency must be a number ≥ 0, got ${x}`);
  if (!(mbar >= 0 && mbar < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`monetary value must be a number ≥ 0, got ${mbar}`);
  }
  const denominator = p * x + q - 1;
  if (!(denominator > 0)) {
    throw new RangeError(`expected spend is infinite when p·x + q ≤ 1 (p = ${p}, q = ${q}, x = ${x})`);
  }
  return (p * (gamma + x * mbar)) / denominator;
}
