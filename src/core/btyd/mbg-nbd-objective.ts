// The MBG/NBD fitting objective over log-parameters: penalised mean negative log-likelihood and its gradient.
import type { BgNbdObjective } from './bg-nbd-objective';
import type { BgNbdPatterns } from './bg-nbd-patterns';
import { digamma } from './digamma';
import { logBeta } from './log-beta';
import { logGamma } from './log-gamma';

/**
 * f(θ) = −(1/N) Σᵢ wᵢ ln L(e^θ | xᵢ, txᵢ, Tᵢ) + penalizer · (r² + α² + a² + b²) at
 * θ = (ln r, ln α, ln a, ln b), with ln L the MBG/NBD log-likelihood (mbgNbdLogLikelihood) and the
 * penalty on the parameters as the optimiser sees them, the same convention as the BG/NBD
 * objective (createBgNbdObjective), so the same penalizer means the same thing for both models.
 * The gradient is analytic: with w₃, w₄ the shares of the two terms of the log-sum-exp,
 *   ∂ln L/∂r = ψ(r+x) − ψ(r) + ln α − w₃ ln(α+T) − w₄ ln(α+tx),
 *   ∂ln L/∂α = r/α − (r+x) (w₃/(α+T) + w₄/(α+tx)),
 *   ∂ln L/∂a = ψ(a+b) − ψ(a+b+x+1) + w₄/a,
 *   ∂ln L/∂b = ψ(b+x+1) − ψ(b) + ψ(a+b) − ψ(a+b+x+1) − w₄/(b+x),
 * and ∂/∂θ = parameter × ∂/∂parameter. Gamma and digamma values are computed once per distinct x,
 * logarithms once per distinct T and tx; one exp and one log1p per pattern. A non-finite
 * likelihood gives +Infinity (the line search backs off from it).
 */
export function createMbgNbdObjective(patterns: BgNbdPatterns, penalizer: number): BgNbdObjective {
  const { count, weight, xIndex, recencyIndex, ageIndex, xValues, recencyValues, ageValues, customers } =
    patterns;
  const nX = xValues.length;
  const nTx = recencyValues.length;
  const nAge = ageValues.length;
  const weightOfX = new Float64Array(nX);
  for (let k = 0; k < count; k++) weightOfX[xIndex[k]] += weight[k];
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
        const dgABX = digamma(a + b + x + 1);
        logLikelihood += w * (logGamma(r + x) - lgR + logBeta(a, b + x + 1) - lbAB);
        gR += w * (digamma(r + x) - dgR);
        gA += w * (dgAB - dgABX);
        gB += w * (digamma(b + x + 1) - dgB + dgAB - dgABX);
        logDropOfX[i] = logA - Math.log(b + x);
        inverseBOfX[i] = 1 / (b + x);
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
      let sumLog = 0;
      let sumAlpha = 0;
      let sumDrop = 0;
      let sumDropInverseB = 0;
      for (let k = 0; k < count; k++) {
        const w = weight[k];
        const xi = xIndex[k];
        const ai = ageIndex[k];
        const ti = recencyIndex[k];
        const shape = r + xValues[xi];
        const stay = -shape * logAge[ai];
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
        sumLog += w * (shareStay * logAge[ai] + shareDrop * logRecency[ti]);
        sumAlpha += w * shape * (shareStay * inverseAge[ai] + shareDrop * inverseRecency[ti]);
        sumDrop += w * shareDrop;
        sumDropInverseB += w * shareDrop * inverseBOfX[xi];
      }
      logLikelihood += customers * r * logAlpha + sumTail;
      gR += customers * logAlpha - sumLog;
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
