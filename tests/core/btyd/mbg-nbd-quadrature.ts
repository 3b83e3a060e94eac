// Reference values of the MBG/NBD model by numerical integration over λ and p, independent of the closed forms.
import type { MbgNbdParams } from '../../../src/core/btyd/mbg-nbd-params';

/** The likelihood, P(alive) and E[Y(t)] of one customer, from the individual-level model. */
export type MbgNbdQuadrature = { logLikelihood: number; pAlive: number; expectedPurchases: number };

const STEP = 0.1;

/**
 * Integrates the individual-level MBG/NBD model (Batislam, Denizel & Filiztekin 2007, section 2)
 * over λ ~ Gamma(r, α) and p ~ Beta(a, b) with the trapezoidal rule in u = ln λ and v = logit p,
 * where both densities are smooth and decay exponentially, so the rule converges geometrically
 * (the densities are normalised by the same sums, so no Gamma or Beta function is used). Given λ
 * and p, a customer active at T has the weight (1−p)^(x+1) λ^x e^(−λT), one who left at the x-th
 * repeat purchase (p (1−p)^x λ^x e^(−λ tx)), and an active customer buys (1 − e^(−λpt))/p times in
 * the next t on average (purchases at rate λ until a death at rate λp); t = 0 gives 0 for it.
 */
export function mbgNbdByQuadrature(
  params: MbgNbdParams,
  x: number,
  tx: number,
  T: number,
  t: number,
): MbgNbdQuadrature {
  const { r, alpha, a, b } = params;
  const lambdas: number[] = [];
  const lambdaWeights: number[] = [];
  let lambdaTotal = 0;
  for (let u = -150; u <= 8; u += STEP) {
    const lambda = Math.exp(u);
    const w = Math.exp(r * u - alpha * lambda);
    lambdas.push(lambda);
    lambdaWeights.push(w);
    lambdaTotal += w;
  }
  const ps: number[] = [];
  const pWeights: number[] = [];
  let pTotal = 0;
  for (let v = -120; v <= 120; v += STEP) {
    const logP = -Math.log1p(Math.exp(-v));
    const logQ = -Math.log1p(Math.exp(v));
    const w = Math.exp(a * logP + b * logQ);
    ps.push(Math.exp(logP));
    pWeights.push(w);
    pTotal += w;
  }
  const lambdaMoment = (time: number) => {
    let sum = 0;
    for (let i = 0; i < lambdas.length; i++)
      sum += lambdaWeights[i] * Math.exp(x * Math.log(lambdas[i]) - lambdas[i] * time);
    return sum / lambdaTotal;
  };
  const pMoment = (alive: boolean) => {
    let sum = 0;
    for (let j = 0; j < ps.length; j++) {
      const p = ps[j];
      sum += pWeights[j] * (1 - p) ** x * (alive ? 1 - p : p);
    }
    return sum / pTotal;
  };
  const active = lambdaMoment(T) * pMoment(true);
  const left = lambdaMoment(tx) * pMoment(false);
  const likelihood = active + left;
  let future = 0;
  // t = 0 skips the double sum, for callers that need only the likelihood.
  if (t > 0)
    for (let i = 0; i < lambdas.length; i++) {
      const lambda = lambdas[i];
      const wl = lambdaWeights[i] * Math.exp(x * Math.log(lambda) - lambda * T);
      if (wl === 0) continue;
      let inner = 0;
      for (let j = 0; j < ps.length; j++) {
        const p = ps[j];
        inner += pWeights[j] * (1 - p) ** (x + 1) * (-Math.expm1(-lambda * p * t) / p);
      }
      future += wl * inner;
    }
  future /= lambdaTotal * pTotal;
  return {
    logLikelihood: Math.log(likelihood),
    pAlive: active / likelihood,
    expectedPurchases: future / likelihood,
  };
}
