// Maximum-likelihood fit of the BG/NBD model (Fader, Hardie & Lee 2005) to customer summaries.

import { createBgNbdObjective } from './bg-nbd-objective';
import type { BgNbdParams } from './bg-nbd-params';
import { aggregateBgNbdPatterns, type BgNbdPatterns } from './bg-nbd-patterns';
import { coarsenBgNbdPatterns } from './coarsen-bg-nbd-patterns';
import { logPenalizerOf } from './log-penalizer-of';
import { minimizeBfgs } from './minimize-bfgs';
import { ANALYTIC_GRADIENTS, minimizeWithRestarts, type RestartedResult } from './minimize-with-restarts';
import { withLogPenalty } from './with-log-penalty';

export type { BgNbdParams } from './bg-nbd-params';
export { validateBgNbdRow } from './validate-bg-nbd-row';

/** Fitted parameters with the unpenalised total log-likelihood and how the optimiser ended. */
export type BgNbdFit = BgNbdParams & { logLikelihood: number; iterations: number; converged: boolean };

export type BgNbdFitOptions = {
  /** L2 penalty coefficient as in lifetimes' BetaGeoFitter(penalizer_coef); default 0. */
  penalizer?: number;
  /** L2 penalty on the log-parameters, added to the mean negative log-likelihood (withLogPenalty); default 0. */
  logPenalizer?: number;
  /** Starting parameters, in the data's time unit; default r = a = b = 1 and α = the largest T. */
  initial?: BgNbdParams;
};

/**
 * Maximum-likelihood estimates of r, α, a, b from each customer's frequency x (repeat purchases),
 * recency tx and age T (one time unit, α comes back in it). The log-likelihood (FHL 2005 eq. 6) is
 * maximised over ln r, ln α, ln a, ln b by BFGS with analytic gradients, on the distinct (x, tx, T)
 * patterns weighted by their counts. As lifetimes (0.11) does, times are divided by the largest T
 * while optimising and the objective is the negative mean log-likelihood plus
 * penalizer · (r² + (α / max T)² + a² + b²), so a penalised fit matches lifetimes' for the same
 * penalizer_coef; α is scaled back afterwards. The optimiser restarts from its own result with a
 * fresh Hessian model until a restart no longer moves it, which makes the optimum independent of the
 * starting point. `logLikelihood` is the total unpenalised log-likelihood in the data's units
 * (FHL 2005 report −9582.4 on CDNOW). Time O(n log n) to aggregate, then O(patterns) per evaluation.
 *
 * Throws Error "cannot fit BG/NBD: no customer has a repeat purchase" when every x is 0 (the
 * likelihood then has no maximum: it keeps rising as a → ∞ or r → 0), Error when every T is 0 or
 * there are no rows,
 * and RangeError naming the first invalid row ("row 3: recency is greater than T", see
 * validateBgNbdRow), columns of different lengths, a negative penalizer or invalid initial values.
 */
export function fitBgNbd(
  data: { frequency: ArrayLike<number>; recency: ArrayLike<number>; T: ArrayLike<number> },
  options: BgNbdFitOptions = {},
): BgNbdFit {
  const { frequency, recency, T } = data;
  const n = frequency.length;
  if (recency.length !== n || T.length !== n) {
    throw new RangeError(
      `frequency, recency and T must have the same length (${n}, ${recency.length}, ${T.length})`,
    );
  }
  if (n === 0) throw new Error('cannot fit BG/NBD: there are no customers');
  const penalizer = options.penalizer ?? 0;
  if (!(penalizer >= 0 && penalizer < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`the penalizer must be a number ≥ 0, got ${penalizer}`);
  }
  // Grouping checks every row (each pattern when first met, naming the first invalid row).
  const patterns = aggregateBgNbdPatterns(frequency, recency, T);
  const maxAge = patterns.ageValues[patterns.ageValues.length - 1];
  let repeatBuyers = 0;
  let totalFrequency = 0;
  for (let k = 0; k < patterns.count; k++) {
    const x = patterns.xValues[patterns.xIndex[k]];
    if (x > 0) repeatBuyers += patterns.weight[k];
    // Whole numbers: the sum is exact, as it was row by row.
    totalFrequency += patterns.weight[k] * x;
  }
  if (repeatBuyers === 0) throw new Error('cannot fit BG/NBD: no customer has a repeat purchase');
  // Times are divided by the largest T below; when every T is 0 nothing was observed over time, and
  // the likelihood of purchases in no time has no maximum.
  if (maxAge === 0) throw new Error('cannot fit BG/NBD: every T is 0, so no time has been observed');

  const scale = 1 / maxAge;
  for (let i = 0; i < patterns.recencyValues.length; i++) patterns.recencyValues[i] *= scale;
  for (let i = 0; i < patterns.ageValues.length; i++) patterns.ageValues[i] *= scale;
  const objective = createBgNbdObjective(patterns, penalizer);
  const evaluate = objective.evaluate;

  const initial = options.initial ?? { r: 1, alpha: maxAge, a: 1, b: 1 };
  for (const name of ['r', 'alpha', 'a', 'b'] as const) {
    const value = initial[name];
    if (!(value > 0 && value < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`initial ${name} must be a positive number, got ${value}`);
    }
  }
  const start = Float64Array.of(
    Math.log(initial.r),
    Math.log(initial.alpha * scale),
    Math.log(initial.a),
    Math.log(initial.b),
  );
  const logPenalizer = logPenalizerOf(options);
  const {
    x: theta,
    iterations,
    converged,
  } = minimizeFromCoarse(patterns, penalizer, logPenalizer, start, withLogPenalty(evaluate, logPenalizer));
  const gradient = new Float64Array(4);
  evaluate(theta, gradient);
  // The likelihood of times divided by `scale` differs by x ln(scale) per customer.
  const logLikelihood = objective.logLikelihood + totalFrequency * Math.log(scale);
  return {
    r: Math.exp(theta[0]),
    alpha: Math.exp(theta[1]) / scale,
    a: Math.exp(theta[2]),
    b: Math.exp(theta[3]),
    logLikelihood,
    iterations,
    converged,
  };
}

/**
 * Minimises the exact objective, first walking most of the way on a coarsened pattern table when
 * there is one (many distinct recencies): the exact run then starts near the optimum with the
 * curvature learnt, so it needs a few full-size evaluations instead of dozens. The optimum is the
 * exact objective's either way; only the path there changes. Iterations count both runs.
 */
function minimizeFromCoarse(
  patterns: BgNbdPatterns,
  penalizer: number,
  logPenalizer: number,
  start: Float64Array,
  exact: Parameters<typeof minimizeWithRestarts>[0],
): RestartedResult {
  const coarse = coarsenBgNbdPatterns(patterns);
  if (coarse === null) return minimizeWithRestarts(exact, start);
  const rough = minimizeBfgs(
    withLogPenalty(createBgNbdObjective(coarse, penalizer).evaluate, logPenalizer),
    start,
    ANALYTIC_GRADIENTS,
  );
  const fine = minimizeWithRestarts(exact, rough.x, {
    ...ANALYTIC_GRADIENTS,
    inverseHessian: rough.inverseHessian,
  });
  return { ...fine, iterations: rough.iterations + fine.iterations };
}
