// The Gamma-Gamma fitting objective over log-parameters: penalised mean negative log-likelihood and its gradient.
import { digamma } from './digamma';
import { indexDistinct } from './index-distinct';
import { logBeta } from './log-beta';

/**
 * Evaluates the objective at θ = (ln p, ln q, ln γ), writes its gradient into `gradient` and returns
 * the value; `logLikelihood` is the unpenalised total of the last evaluation.
 */
export type GammaGammaObjective = {
  evaluate(theta: Float64Array, gradient: Float64Array): number;
  logLikelihood: number;
};

/**
 * −(1/n) Σ ln L(p, q, γ | xₖ, mₖ) + penalizer · (p² + q² + γ²) over the n customers given, each
 * with x > 0 and m > 0 (the caller leaves the others out, as fitGammaGamma does), with ln L of
 * Fader & Hardie (2013, eq. 1a) and its analytic gradient in the log-parameters. Gamma terms are
 * computed once per distinct x; O(n) per evaluation. A non-finite likelihood gives +Infinity.
 */
export function createGammaGammaObjective(
  xOf: Float64Array,
  mOf: Float64Array,
  penalizer: number,
): GammaGammaObjective {
  const count = xOf.length;
  const logM = Float64Array.from(mOf, Math.log);
  // Per distinct x: the Gamma-function terms and ln x are shared by every customer with that x.
  const xs = indexDistinct(xOf);
  const xSlot = xs.index;
  const xValues = xs.values;
  const logX = xValues.map(Math.log);
  const weightOfX = new Float64Array(xValues.length);
  for (let k = 0; k < count; k++) weightOfX[xSlot[k]]++;
  const dPOfX = new Float64Array(xValues.length);
  const dQOfX = new Float64Array(xValues.length);

  const objective: GammaGammaObjective = {
    logLikelihood: Number.NaN,
    evaluate(theta, gradient) {
      const p = Math.exp(theta[0]);
      const q = Math.exp(theta[1]);
      const gamma = Math.exp(theta[2]);
      if (!(p > 0 && q > 0 && gamma > 0) || !Number.isFinite(p + q + gamma)) return Number.POSITIVE_INFINITY;
      const logGammaParam = Math.log(gamma);
      const dgQ = digamma(q);
      let ll = 0;
      let gP = 0;
      let gQ = 0;
      let gG = 0;
      for (let j = 0; j < xValues.length; j++) {
        const px = p * xValues[j];
        const dgPXQ = digamma(px + q);
        dPOfX[j] = xValues[j] * (dgPXQ - digamma(px) + logX[j]);
        dQOfX[j] = dgPXQ - dgQ;
        ll += weightOfX[j] * (-logBeta(px, q) + px * logX[j]);
      }
      for (let k = 0; k < count; k++) {
        const j = xSlot[k];
        const x = xOf[k];
        const px = p * x;
        const total = gamma + x * mOf[k];
        const logTotal = Math.log(total);
        ll += q * logGammaParam + (px - 1) * logM[k] - (px + q) * logTotal;
        gP += dPOfX[j] + x * (logM[k] - logTotal);
        gQ += dQOfX[j] + logGammaParam - logTotal;
        gG += q / gamma - (px + q) / total;
      }
      objective.logLikelihood = ll;
      if (!Number.isFinite(ll)) return Number.POSITIVE_INFINITY;
      const scale = -1 / count;
      gradient[0] = scale * gP * p + 2 * penalizer * p * p;
      gradient[1] = scale * gQ * q + 2 * penalizer * q * q;
      gradient[2] = scale * gG * gamma + 2 * penalizer * gamma * gamma;
      return scale * ll + penalizer * (p * p + q * q + gamma * gamma);
    },
  };
  return objective;
}
