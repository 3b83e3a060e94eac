// The BG/NBD fitting objective over log-parameters: penalised mean negative log-likelihood and its gradient.
import type { BgNbdPatterns } from './bg-nbd-patterns';
import { digamma } from './digamma';
import { logBeta } from './log-beta';
import { logGamma } from './log-gamma';

/**
 * Evaluates the objective at θ = (ln r, ln α, ln a, ln b), writes its gradient into `gradient`,
 * and returns the value; `logLikelihood` is the unpenalised total of the last evaluation.
 */
export type BgNbdObjective = {
  evaluate(theta: Float64Array, gradient: Float64Array): number;
  logLikelihood: number;
};

/**
 * The objective lifetimes' BetaGeoFitter minimises (lifetimes 0.11, `_negative_log_likelihood`):
 *
 *   f(θ) = −(1/N) Σᵢ wᵢ ln L(e^θ | xᵢ, txᵢ, Tᵢ) + penalizer · (r² + α² + a² + b²),
 *
 * over patterns with weights wᵢ (N customers), with the times of `patterns` already in the scale
 * the penalty should see (lifetimes divides times by the largest T first, so α in the penalty is
 * α / max T). The gradient is analytic: with w₃, w₄ the shares of the two terms in the last
 * log-sum-exp of the likelihood (w₄ = 0 when x = 0),
 *   ∂ln L/∂r = ψ(r+x) − ψ(r) + ln α − w₃ ln(α+T) − w₄ ln(α+tx),
 *   ∂ln L/∂α = r/α − (r+x) (w₃/(α+T) + w₄/(α+tx)),
 *   ∂ln L/∂a = ψ(a+b) − ψ(a+b+x) + w₄/a,
 *   ∂ln L/∂b = ψ(b+x) − ψ(b) + ψ(a+b) − ψ(a+b+x) − w₄/(b+x−1),
 * and ∂/∂θ = parameter × ∂/∂parameter. Gamma and digamma values are computed once per distinct x,
 * logarithms once per distinct T and tx; the pattern loop allocates nothing and costs one exp and
 * one log1p per pattern with x > 0. A non-finite likelihood gives +Infinity (the line search backs
 * off from it).
 */
export function createBgNbdObjective(patterns: BgNbdPatterns, penalizer: number): BgNbdObjective {
  const { count, weight, xIndex, recencyIndex, ageIndex, xValues, recencyValues, ageValues, customers } =
    patterns;
  const nX = xValues.length;
  const nTx = recencyValues.length;
  const nAge = ageValues.length;
  // Customers per distinct x: the per-x terms of the likelihood are summed once per x.
  const weightOfX = new Float64Array(nX);
  for (let k = 0; k < count; k++) weightOfX[xIndex[k]] += weight[k];
  const headOfX = new Float64Array(nX);
  const dROfX = new Float64Array(nX);
  const dAOfX = new Float64Array(nX);
  const dBOfX = new Float64Array(nX);
  const logDropOfX = new Float64Array(nX);
  const inverseBOfX = new Float64Array(nX);
  const logAge = new Float64Array(nAge);
  const inverseAge = new Float64Array(nAge);
  const logRecency = new Float64Array(nTx);
  const inverseRecency = new Float64Array(nTx);

  const objective: BgNbdObjective = {
    logLikelihood: Number.NaN,
    evaluate(theta, gradient) {
      const r = Math.exp(theta[0]);
      const alpha = Math.exp(theta[1]);
      const a = Math.exp(theta[2]);
      const b = Math.exp(theta[3]);
      if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !Number.isFinite(r + alpha + a + b)) {
        objective.logLikelihood = Number.NaN;
        return Number.POSITIVE_INFINITY;
      }
      const logAlpha = Math.log(alpha);
      const logA = Math.log(a);
      const lgR = logGamma(r);
      const dgR = digamma(r);
      const lbAB = logBeta(a, b);
      const dgB = digamma(b);
      const dgAB = digamma(a + b);
      let logLikelihood = 0;
      let gR = 0;
      let gA = 0;
      let gB = 0;
      for (let i = 0; i < nX; i++) {
        const x = xValues[i];
        const w = weightOfX[i];
        headOfX[i] = logGamma(r + x) - lgR + logBeta(a, b + x) - lbAB;
        const dgABX = digamma(a + b + x);
        dROfX[i] = digamma(r + x) - dgR;
        dAOfX[i] = dgAB - dgABX;
        dBOfX[i] = digamma(b + x) - dgB + dgAB - dgABX;
        logDropOfX[i] = x > 0 ? logA - Math.log(b + x - 1) : 0;
        inverseBOfX[i] = x > 0 ? 1 / (b + x - 1) : 0;
        logLikelihood += w * headOfX[i];
        gR += w * dROfX[i];
        gA += w * dAOfX[i];
        gB += w * dBOfX[i];
      }
      for (let i = 0; i < nAge; i++) {
        logAge[i] = Math.log(alpha + ageValues[i]);
        inverseAge[i] = 1 / (alpha + ageValues[i]);
      }
      for (let i = 0; i < nTx; i++) {
        logRecency[i] = Math.log(alpha + recencyValues[i]);
        inverseRecency[i] = 1 / (alpha + recencyValues[i]);
      }
      let sumTail = 0;
      let sumStayLog = 0;
      let sumDropLog = 0;
      let sumAlpha = 0;
      let sumDrop = 0;
      let sumDropInverseB = 0;
      for (let k = 0; k < count; k++) {
        const w = weight[k];
        const xi = xIndex[k];
        const x = xValues[xi];
        const ai = ageIndex[k];
        const shape = r + x;
        const stay = -shape * logAge[ai];
        if (x === 0) {
          sumTail += w * stay;
          sumStayLog += w * logAge[ai];
          sumAlpha += w * shape * inverseAge[ai];
          continue;
        }
        const ti = recencyIndex[k];
        const drop = logDropOfX[xi] - shape * logRecency[ti];
        // Log-sum-exp of the two terms; e is the smaller one relative to the larger.
        let shareDrop: number;
        let tail: number;
        if (drop > stay) {
          const e = Math.exp(stay - drop);
          tail = drop + Math.log1p(e);
          shareDrop = 1 / (1 + e);
        } else {
          const e = Math.exp(drop - stay);
          tail = stay + Math.log1p(e);
          shareDrop = e / (1 + e);
        }
        const shareStay = 1 - shareDrop;
        sumTail += w * tail;
        sumStayLog += w * shareStay * logAge[ai];
        sumDropLog += w * shareDrop * logRecency[ti];
        sumAlpha += w * shape * (shareStay * inverseAge[ai] + shareDrop * inverseRecency[ti]);
        sumDrop += w * shareDrop;
        sumDropInverseB += w * shareDrop * inverseBOfX[xi];
      }
      logLikelihood += customers * r * logAlpha + sumTail;
      gR += customers * logAlpha - sumStayLog - sumDropLog;
      const gAlpha = (customers * r) / alpha - sumAlpha;
      gA += sumDrop / a;
      gB -= sumDropInverseB;
      objective.logLikelihood = logLikelihood;
      if (!Number.isFinite(logLikelihood)) return Number.POSITIVE_INFINITY;
      const scale = -1 / customers;
      const twice = 2 * penalizer;
      gradient[0] = scale * gR * r + twice * r * r;
      gradient[1] = scale * gAlpha * alpha + twice * alpha * alpha;
      gradient[2] = scale * gA * a + twice * a * a;
      gradient[3] = scale * gB * b + twice * b * b;
      return scale * logLikelihood + penalizer * (r * r + alpha * alpha + a * a + b * b);
    },
  };
  return objective;
}
