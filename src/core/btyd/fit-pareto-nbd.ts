// Maximum-likelihood fit of the Pareto/NBD model (Schmittlein, Morrison & Colombo 1987) to customer summaries.
import { aggregateBgNbdPatterns } from './bg-nbd-patterns';
import { checkBgNbdRows } from './check-bg-nbd-rows';
import { logGamma } from './log-gamma';
import { logPenalizerOf } from './log-penalizer-of';
import { minimizeWithRestarts } from './minimize-with-restarts';
import { paretoNbdLogF } from './pareto-nbd-log-f';
import type { ParetoNbdParams } from './pareto-nbd-params';
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
  const { count, weight, xIndex, recencyIndex, ageIndex, xValues, recencyValues, ageValues } = patterns;

  // ln F depends on a pattern only through (x, tx) and (x, T): each distinct pair gets a slot, and
  // the series are summed once per slot instead of twice per pattern.
  const pairSlots = (timeIndex: Int32Array, times: Float64Array) => {
    const slotOf = new Map<number, number>();
    const slot = new Int32Array(count);
    const x: number[] = [];
    const u: number[] = [];
    for (let k = 0; k < count; k++) {
      const key = xIndex[k] * times.length + timeIndex[k];
      let found = slotOf.get(key);
      if (found === undefined) {
        found = x.length;
        slotOf.set(key, found);
        x.push(xValues[xIndex[k]]);
        u.push(times[timeIndex[k]] * scale);
      }
      slot[k] = found;
    }
    return { slot, x, u, logF: new Float64Array(x.length) };
  };
  const early = pairSlots(recencyIndex, recencyValues);
  const late = pairSlots(ageIndex, ageValues);
  const headOfX = new Float64Array(xValues.length);
  const logDiedOfX = new Float64Array(xValues.length);
  const logAlphaAge = new Float64Array(ageValues.length);
  const logBetaAge = new Float64Array(ageValues.length);

  /** The total of paretoNbdLogLikelihood over the patterns, assembled from the shared parts. */
  const logLikelihoodAt = (theta: ArrayLike<number>): number => {
    const params = {
      r: Math.exp(theta[0]),
      alpha: Math.exp(theta[1]),
      s: Math.exp(theta[2]),
      beta: Math.exp(theta[3]),
    };
    const { r, alpha, s, beta } = params;
    if (!Number.isFinite(r + alpha + s + beta)) return Number.NaN;
    if (!(r > 0 && alpha > 0 && s > 0 && beta > 0)) return Number.NaN;
    const constant = -logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
    for (let i = 0; i < xValues.length; i++) {
      headOfX[i] = logGamma(r + xValues[i]) + constant;
      logDiedOfX[i] = Math.log(s / (r + s + xValues[i]));
    }
    for (let i = 0; i < ageValues.length; i++) {
      logAlphaAge[i] = Math.log(alpha + ageValues[i] * scale);
      logBetaAge[i] = Math.log(beta + ageValues[i] * scale);
    }
    for (const pairs of [early, late])
      for (let j = 0; j < pairs.x.length; j++) pairs.logF[j] = paretoNbdLogF(params, pairs.x[j], pairs.u[j]);
    let total = 0;
    for (let k = 0; k < count; k++) {
      const xi = xIndex[k];
      const ai = ageIndex[k];
      const alive = -(r + xValues[xi]) * logAlphaAge[ai] - s * logBetaAge[ai];
      const logEarly = early.logF[early.slot[k]];
      const logLate = late.logF[late.slot[k]];
      let tail = alive;
      if (logEarly > logLate) {
        const died = logDiedOfX[xi] + logEarly + Math.log(-Math.expm1(logLate - logEarly));
        tail = Math.max(alive, died) + Math.log1p(Math.exp(-Math.abs(alive - died)));
      }
      total += weight[k] * (headOfX[xi] + tail);
    }
    return total;
  };
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
  const {
    x: theta,
    iterations,
    converged,
    // Its objective is the total, not the mean, log-likelihood: the log penalty is scaled to match.
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
