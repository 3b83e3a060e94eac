// Maximum-likelihood fit of the MBG/NBD model (Batislam, Denizel & Filiztekin 2007) to customer summaries.
import { aggregateBgNbdPatterns } from './bg-nbd-patterns';
import { checkBgNbdRows } from './check-bg-nbd-rows';
import { logPenalizerOf } from './log-penalizer-of';
import { createMbgNbdObjective } from './mbg-nbd-objective';
import type { MbgNbdParams } from './mbg-nbd-params';
import { minimizeWithRestarts } from './minimize-with-restarts';
import { withLogPenalty } from './with-log-penalty';

/** Fitted parameters with the unpenalised total log-likelihood and how the optimiser ended. */
export type MbgNbdFit = MbgNbdParams & { logLikelihood: number; iterations: number; converged: boolean };

export type MbgNbdFitOptions = {
  /** L2 penalty coefficient, on the same scale as fitBgNbd's; default 0. */
  penalizer?: number;
  /** L2 penalty on the log-parameters, added to the mean negative log-likelihood (withLogPenalty); default 0. */
  logPenalizer?: number;
  /** Starting parameters, in the data's time unit; default r = a = b = 1 and α = the largest T. */
  initial?: MbgNbdParams;
};

/**
 * Maximum-likelihood estimates of r, α, a, b of the MBG/NBD model from each customer's frequency x,
 * recency tx and age T (one time unit, α comes back in it), done exactly as fitBgNbd does it: the
 * log-likelihood (Batislam et al. 2007, eq. 4; mbgNbdLogLikelihood) is maximised over ln r, ln α,
 * ln a, ln b by BFGS with analytic gradients (createMbgNbdObjective) on the distinct (x, tx, T)
 * patterns, times divided by the largest T while optimising, the objective the negative mean
 * log-likelihood plus penalizer · (r² + (α / max T)² + a² + b²), restarted until a restart no
 * longer moves (minimizeWithRestarts). `logLikelihood` is the total unpenalised log-likelihood in
 * the data's units. Time O(n log n) to aggregate, then O(patterns) per evaluation.
 *
 * Throws Error "cannot fit MBG/NBD: no customer has a repeat purchase" when every x is 0 (the
 * likelihood then keeps rising as every customer is taken to leave at the first purchase), Error
 * when every T is 0 or there are no rows, and RangeError naming the first invalid row ("row 3:
 * recency is greater than T"), columns of different lengths, a negative penalizer or invalid initial
 * values.
 */
export function fitMbgNbd(
  data: { frequency: ArrayLike<number>; recency: ArrayLike<number>; T: ArrayLike<number> },
  options: MbgNbdFitOptions = {},
): MbgNbdFit {
  const { frequency, recency, T } = data;
  checkBgNbdRows(frequency, recency, T);
  const n = frequency.length;
  if (n === 0) throw new Error('cannot fit MBG/NBD: there are no customers');
  const penalizer = options.penalizer ?? 0;
  if (!(penalizer >= 0 && penalizer < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`the penalizer must be a number ≥ 0, got ${penalizer}`);
  }
  let maxAge = 0;
  let totalFrequency = 0;
  for (let i = 0; i < n; i++) {
    if (T[i] > maxAge) maxAge = T[i];
    totalFrequency += frequency[i];
  }
  if (totalFrequency === 0) throw new Error('cannot fit MBG/NBD: no customer has a repeat purchase');
  if (maxAge === 0) throw new Error('cannot fit MBG/NBD: every T is 0, so no time has been observed');

  const scale = 1 / maxAge;
  const patterns = aggregateBgNbdPatterns(frequency, recency, T);
  for (let i = 0; i < patterns.recencyValues.length; i++) patterns.recencyValues[i] *= scale;
  for (let i = 0; i < patterns.ageValues.length; i++) patterns.ageValues[i] *= scale;
  const objective = createMbgNbdObjective(patterns, penalizer);

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
  const {
    x: theta,
    iterations,
    converged,
  } = minimizeWithRestarts(withLogPenalty(objective.evaluate, logPenalizerOf(options)), start);
  objective.evaluate(theta, new Float64Array(4));
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
