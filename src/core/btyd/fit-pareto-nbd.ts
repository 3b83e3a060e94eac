// Maximum-likelihood fit of the Pareto/NBD model (Schmittlein, Morrison & Colombo 1987) to customer summaries.
import { aggregateBgNbdPatterns } from './bg-nbd-patterns';
import { checkBgNbdRows } from './check-bg-nbd-rows';
import { logPenalizerOf } from './log-penalizer-of';
import { minimizeWithRestarts } from './minimize-with-restarts';
import type { ParetoNbdParams } from './pareto-nbd-params';
import { createParetoNbdLogLikelihood } from './pareto-nbd-total-log-likelihood';
import { withLogPenalty } from './with-log-penalty';

/** Fitted parameters with the unpenalised total log-likelihood and how the optimiser ended. */
export type ParetoNbdFit = ParetoNbdParams & {
  logLikelihood: number;
  iterations: number;
  converged: boolean;
};

// Central differences in log-parameters: error O(h²) ≈ 1e-10, well under the optimiser's tolerance.
const STEP = 1e-5;

/**
 * Maximum-likelihood estimates of r, α, s, β from each customer's frequency x, recency tx and age T
 * (one time unit; α and β come back in it), maximising the log-likelihood of Fader & Hardie's note
 * (paretoNbdLogLikelihood) over ln r, ln α, ln s, ln β by BFGS with central-difference gradients,
 * on the distinct (x, tx, T) patterns weighted by their counts, with the hypergeometric series of
 * the likelihood summed once per distinct (x, tx) and (x, T) (paretoNbdLogF). As lifetimes' ParetoNBDFitter
 * (0.11) does, times are divided by the largest T while optimising and the penalty is
 * penalizer · (r² + (α/max T)² + s² + (β/max T)²), added there to the total (not the mean)
 * negative log-likelihood, which this keeps so that the same penalizer_coef gives the same fit.
 * Time O(distinct pairs × series terms + patterns) per evaluation, 9 evaluations per gradient.
 *
 * Throws Error "cannot fit Pareto/NBD: no customer has a repeat purchase" when every x is 0, Error
 * when there are no rows, and RangeError for invalid rows ("row 3: …"), columns of different
 * lengths or a negative penalizer.
 */
export function fitParetoNbd(
  data: { frequency: ArrayLike<number>; recency: ArrayLike<number>; T: ArrayLike<number> },
  options: { penalizer?: number; logPenalizer?: number; initial?: ParetoNbdParams } = {},
): ParetoNbdFit {
  const { frequency, recency, T } = data;
  checkBgNbdRows(frequency, recency, T);
  const n = frequency.length;
  if (n === 0) throw new Error('cannot fit Pareto/NBD: there are no customers');
  const penalizer = options.penalizer ?? 0;
  if (!(penalizer >= 0 && penalizer < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`the penalizer must be a number ≥ 0, got ${penalizer}`);
  }
  let maxAge = 0;
  let totalFrequency = 0;
  for (let i = 0; i < n; i++) {
    maxAge = Math.max(maxAge, T[i]);
    totalFrequency += frequency[i];
  }
  if (totalFrequency === 0) throw new Error('cannot fit Pareto/NBD: no customer has a repeat purchase');
  const scale = 1 / maxAge;
  const patterns = aggregateBgNbdPatterns(frequency, recency, T);
  const logLikelihoodAt = createParetoNbdLogLikelihood(patterns, scale);
  const objective = (theta: ArrayLike<number>): number => {
    const ll = logLikelihoodAt(theta);
    if (!Number.isFinite(ll)) return Number.POSITIVE_INFINITY;
    let penalty = 0;
    for (let i = 0; i < 4; i++) penalty += Math.exp(2 * theta[i]);
    return -ll + penalizer * penalty;
  };
  const shifted = new Float64Array(4);
  const evaluate = (theta: Float64Array, gradient: Float64Array): number => {
    const value = objective(theta);
    if (!Number.isFinite(value)) return value;
    for (let i = 0; i < 4; i++) {
      shifted.set(theta);
      shifted[i] = theta[i] + STEP;
      const up = objective(shifted);
      shifted[i] = theta[i] - STEP;
      const down = objective(shifted);
      gradient[i] = (up - down) / (2 * STEP);
    }
    return value;
  };

  const initial = options.initial ?? { r: 1, alpha: maxAge, s: 1, beta: maxAge };
  const start = Float64Array.of(
    Math.log(initial.r),
    Math.log(initial.alpha * scale),
    Math.log(initial.s),
    Math.log(initial.beta * scale),
  );
  if (!start.every(Number.isFinite)) throw new RangeError('the initial parameters must be positive numbers');
  // Finite-difference gradients are accurate to ~1e-9 of the total, so ask for no more than that.
  // Its objective is the total, not the mean, log-likelihood: the log penalty is scaled to match.
  const {
    x: theta,
    iterations,
    converged,
  } = minimizeWithRestarts(withLogPenalty(evaluate, n * logPenalizerOf(options)), start, {
    gradientTolerance: 1e-6 * n,
    valueTolerance: 1e-12,
  });
  // ln L of times divided by `scale` differs by x ln(scale) per customer, as for BG/NBD.
  const logLikelihood = logLikelihoodAt(theta) + totalFrequency * Math.log(scale);
  return {
    r: Math.exp(theta[0]),
    alpha: Math.exp(theta[1]) / scale,
    s: Math.exp(theta[2]),
    beta: Math.exp(theta[3]) / scale,
    logLikelihood,
    iterations,
    converged,
  };
}
