// The Pareto/NBD log-likelihood of a whole customer table as a function of the log-parameters.
import type { BgNbdPatterns } from './bg-nbd-patterns';
import { logGamma } from './log-gamma';
import { paretoNbdLogF } from './pareto-nbd-log-f';

/**
 * θ = (ln r, ln α, ln s, ln β) ↦ Σ wᵢ paretoNbdLogLikelihood(e^θ | xᵢ, txᵢ · scale, Tᵢ · scale) over
 * the patterns, α and β in the scaled time unit, with the hypergeometric series summed once per
 * distinct (x, tx) and (x, T) (paretoNbdLogF). NaN when a parameter is not a positive finite
 * number. The fit maximises it (fitParetoNbd) and its standard errors come from its curvature
 * (paretoNbdCovariance). Time O(distinct pairs × series terms + patterns) per evaluation; the
 * returned function reuses its buffers, so it is not re-entrant.
 */
export function createParetoNbdLogLikelihood(
  patterns: BgNbdPatterns,
  scale: number,
): (theta: ArrayLike<number>) => number {
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

  return (theta) => {
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
}
