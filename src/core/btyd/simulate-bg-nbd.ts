// Simulates customer summaries from known BG/NBD parameters, deterministically from a seed.
import type { BgNbdParams } from './bg-nbd-params';
import { checkBgNbdParams } from './check-bg-nbd-params';
import { createRandom } from './create-random';
import { randomGamma } from './random-gamma';

export type SimulateBgNbdOptions = {
  /** Each customer's observation length, or a function of the customer's index (0-based). */
  T: number | ((i: number) => number);
  seed: number;
  /**
   * Recency is rounded to the nearest multiple of this, never past T, as dates are: 1 (default)
   * for whole days, 0.01 for weeks written to 2 decimals as in the CDNOW summary, 0 for exact times.
   */
  timeStep?: number;
};

/**
 * Draws `customers` histories from the BG/NBD model (Fader, Hardie & Lee 2005, section 3): each
 * customer gets λ ~ Gamma(r, rate α) and p ~ Beta(a, b); from time 0 they buy at the times of a
 * Poisson process of rate λ and after each repeat purchase drop out with probability p; purchases
 * up to T are recorded as frequency x, recency tx (time of the last one, 0 if none) and T. The same
 * seed gives the same tables. O(customers + purchases); three Float64Arrays of `customers` numbers.
 *
 * Throws RangeError for invalid parameters, a customer count that is not a whole number ≥ 0, a T
 * that is negative or not finite (naming the customer), or a negative time step.
 */
export function simulateBgNbd(
  params: BgNbdParams,
  customers: number,
  options: SimulateBgNbdOptions,
): { frequency: Float64Array; recency: Float64Array; T: Float64Array } {
  checkBgNbdParams(params);
  if (!(Number.isInteger(customers) && customers >= 0)) {
    throw new RangeError(`the number of customers must be a whole number ≥ 0, got ${customers}`);
  }
  const step = options.timeStep ?? 1;
  if (!(step >= 0 && step < Number.POSITIVE_INFINITY))
    throw new RangeError(`the time step must be ≥ 0, got ${step}`);
  const { r, alpha, a, b } = params;
  const random = createRandom(options.seed);
  const frequency = new Float64Array(customers);
  const recency = new Float64Array(customers);
  const ages = new Float64Array(customers);
  const ageOf = options.T;
  for (let i = 0; i < customers; i++) {
    const T = typeof ageOf === 'number' ? ageOf : ageOf(i);
    if (!(T >= 0 && T < Number.POSITIVE_INFINITY))
      throw new RangeError(`customer ${i}: T must be a number ≥ 0, got ${T}`);
    const lambda = randomGamma(random, r) / alpha;
    const g1 = randomGamma(random, a);
    const g2 = randomGamma(random, b);
    // With tiny a and b both draws can underflow to 0; the Beta limit is then a coin with P(1) = a/(a+b).
    const p = g1 + g2 > 0 ? g1 / (g1 + g2) : random() < a / (a + b) ? 1 : 0;
    let time = 0;
    let x = 0;
    let last = 0;
    for (;;) {
      time -= Math.log(1 - random()) / lambda;
      if (!(time <= T)) break;
      x++;
      last = time;
      if (random() < p) break;
    }
    frequency[i] = x;
    ages[i] = T;
    recency[i] = step > 0 && x > 0 ? Math.min(Math.round(last / step) * step, T) : last;
  }
  return { frequency, recency, T: ages };
}
