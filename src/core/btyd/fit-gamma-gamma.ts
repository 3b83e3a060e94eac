// Maximum-likelihood fit of the Gamma-Gamma spend model to repeat buyers' average order values.
import { createGammaGammaObjective } from './gamma-gamma-objective';
import type { GammaGammaParams } from './gamma-gamma-params';
import { minimizeWithRestarts } from './minimize-with-restarts';

/**
 * Fitted parameters; logLikelihood is the unpenalised total over the customers used; used counts
 * them; excludedZeroMonetary counts repeat buyers left out because their monetary value was ≤ 0.
 */
export type GammaGammaFit = GammaGammaParams & {
  logLikelihood: number;
  used: number;
  excludedZeroMonetary: number;
  iterations: number;
  converged: boolean;
};

/**
 * Maximum-likelihood estimates of p, q, γ (Fader & Hardie 2013, "The Gamma-Gamma Model of Monetary
 * Value", eq. 1a) from the customers with frequency x > 0 and mean repeat spend m > 0:
 *
 *   ln L = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ + x m),
 *
 * maximised over ln p, ln q, ln γ by BFGS with analytic gradients, minimising (as lifetimes'
 * GammaGammaFitter does) −mean ln L + penalizer · (p² + q² + γ²). Customers with x = 0 carry no
 * spend information and are skipped. Repeat buyers with m ≤ 0 (e.g. only $0.00 repeat orders) have
 * no likelihood under the model: lifetimes refuses the whole fit on such data; here they are left
 * out and counted in `excludedZeroMonetary`. Time O(n) per evaluation, Gamma terms once per distinct
 * x. The inputs are not modified.
 *
 * Throws Error when no customer has x > 0 and m > 0 (the message says which), and RangeError for
 * columns of different lengths, a value that is not a finite number, a negative frequency or a
 * negative penalizer.
 */
export function fitGammaGamma(
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>,
  options: { penalizer?: number } = {},
): GammaGammaFit {
  const n = frequency.length;
  if (monetary.length !== n) {
    throw new RangeError(`frequency and monetary must have the same length (${n}, ${monetary.length})`);
  }
  const penalizer = options.penalizer ?? 0;
  if (!(penalizer >= 0 && penalizer < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`the penalizer must be a number ≥ 0, got ${penalizer}`);
  }
  const used: number[] = [];
  let excludedZeroMonetary = 0;
  let repeatBuyers = 0;
  let spendTotal = 0;
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    const m = monetary[i];
    if (!Number.isFinite(x)) throw new RangeError(`row ${i + 1}: frequency is not a finite number`);
    if (!Number.isFinite(m)) throw new RangeError(`row ${i + 1}: monetary value is not a finite number`);
    if (x < 0) throw new RangeError(`row ${i + 1}: frequency is negative`);
    if (x === 0) continue;
    repeatBuyers++;
    if (m <= 0) {
      excludedZeroMonetary++;
      continue;
    }
    used.push(i);
    spendTotal += m;
  }
  if (repeatBuyers === 0) throw new Error('cannot fit Gamma-Gamma: no customer has a repeat purchase');
  if (used.length === 0) {
    throw new Error('cannot fit Gamma-Gamma: no repeat buyer has a monetary value above 0');
  }

  const count = used.length;
  const xOf = new Float64Array(count);
  const mOf = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    xOf[k] = frequency[used[k]];
    mOf[k] = monetary[used[k]];
  }
  const objective = createGammaGammaObjective(xOf, mOf, penalizer);
  const evaluate = objective.evaluate;

  // Start where the model's mean spend p·γ/(q−1) equals the sample mean, with moderate shapes.
  const start = Float64Array.of(0, Math.log(2), Math.log(spendTotal / count));
  const { x: theta, iterations, converged } = minimizeWithRestarts(evaluate, start);
  evaluate(theta, new Float64Array(3));
  return {
    p: Math.exp(theta[0]),
    q: Math.exp(theta[1]),
    gamma: Math.exp(theta[2]),
    logLikelihood: objective.logLikelihood,
    used: count,
    excludedZeroMonetary,
    iterations,
    converged,
  };
}
