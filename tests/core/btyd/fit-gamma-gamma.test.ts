import { describe, expect, it } from 'vitest';
import { fitGammaGamma } from '../../../src/core/btyd/fit-gamma-gamma';
import { loadSummaryWithSpend } from './cdnow-fixture';

const rows = loadSummaryWithSpend();
const frequency = Object.freeze(rows.map((r) => r.x));
const monetary = Object.freeze(rows.map((r) => r.zbar));

/** Gamma-Gamma log-likelihood of one customer, Fader & Hardie (2013) eq. 1a, written out independently. */
function logLikelihood(p: number, q: number, gamma: number, x: number, m: number): number {
  const lnGamma = (z: number) => {
    // Stirling (A&S 6.1.41) after shifting z to 30 or more: the first omitted term is below 1e-13.
    let shift = 0;
    while (z < 30) {
      shift -= Math.log(z);
      z += 1;
    }
    return (
      (z - 0.5) * Math.log(z) -
      z +
      0.5 * Math.log(2 * Math.PI) +
      1 / (12 * z) -
      1 / (360 * z ** 3) +
      1 / (1260 * z ** 5) +
      shift
    );
  };
  return (
    lnGamma(p * x + q) -
    lnGamma(p * x) -
    lnGamma(q) +
    q * Math.log(gamma) +
    (p * x - 1) * Math.log(m) +
    p * x * Math.log(x) -
    (p * x + q) * Math.log(gamma + x * m)
  );
}

describe('fitGammaGamma', () => {
  const fit = fitGammaGamma(frequency, monetary);

  it('reproduces the published CDNOW estimates within 0.5 % on the 946 repeat buyers', () => {
    // Source: Fader & Hardie (2013), "The Gamma-Gamma Model of Monetary Value": p 6.25, q 3.74, γ 15.44.
    expect(Math.abs(fit.p / 6.25 - 1)).toBeLessThan(0.005);
    expect(Math.abs(fit.q / 3.74 - 1)).toBeLessThan(0.005);
    expect(Math.abs(fit.gamma / 15.44 - 1)).toBeLessThan(0.005);
    expect(fit.used).toBe(946);
    expect(fit.excludedZeroMonetary).toBe(0);
    expect(fit.converged).toBe(true);
  });

  it('reports the log-likelihood −4055.92', () => {
    // Source: product.md section 3 (LL −4055.92), checked here against an independent evaluation of eq. 1a.
    expect(Math.abs(fit.logLikelihood + 4055.92)).toBeLessThan(0.01);
    let total = 0;
    for (let i = 0; i < frequency.length; i++) {
      if (frequency[i] > 0) total += logLikelihood(fit.p, fit.q, fit.gamma, frequency[i], monetary[i]);
    }
    expect(fit.logLikelihood).toBeCloseTo(total, 6);
  });

  it('excludes and counts repeat buyers whose monetary value is 0 or less', () => {
    const withZeros = fitGammaGamma([...frequency, 3, 1, 0], [...monetary, 0, -2, 0]);
    expect(withZeros.used).toBe(946);
    expect(withZeros.excludedZeroMonetary).toBe(2);
    expect(withZeros.p).toBeCloseTo(fit.p, 6);
  });

  it('minimises −mean ln L + penalizer · (p² + q² + γ²), as lifetimes does', () => {
    // Source: lifetimes 0.11 GammaGammaFitter._negative_log_likelihood.
    const penalizer = 0.001;
    const objective = (p: number, q: number, gamma: number) => {
      let total = 0;
      for (let i = 0; i < frequency.length; i++) {
        if (frequency[i] > 0) total += logLikelihood(p, q, gamma, frequency[i], monetary[i]);
      }
      return -total / 946 + penalizer * (p * p + q * q + gamma * gamma);
    };
    const penalised = fitGammaGamma(frequency, monetary, { penalizer });
    const best = objective(penalised.p, penalised.q, penalised.gamma);
    for (const f of [0.99, 1.01]) {
      expect(objective(penalised.p * f, penalised.q, penalised.gamma)).toBeGreaterThan(best);
      expect(objective(penalised.p, penalised.q * f, penalised.gamma)).toBeGreaterThan(best);
      expect(objective(penalised.p, penalised.q, penalised.gamma * f)).toBeGreaterThan(best);
    }
  });

  it('throws clear errors when there is nothing to fit, and rejects bad input', () => {
    expect(() => fitGammaGamma([0, 0], [0, 0])).toThrow(
      'cannot fit Gamma-Gamma: no customer has a repeat purchase',
    );
    expect(() => fitGammaGamma([0, 2], [0, 0])).toThrow(
      'cannot fit Gamma-Gamma: no repeat buyer has a monetary value above 0',
    );
    expect(() => fitGammaGamma([1, 2], [3])).toThrow(RangeError);
    expect(() => fitGammaGamma([1, -2], [3, 4])).toThrow('row 2: frequency is negative');
    expect(() => fitGammaGamma([1, 2], [3, Number.NaN])).toThrow(
      'row 2: monetary value is not a finite number',
    );
    expect(() => fitGammaGamma([1, 2], [3, 4], { penalizer: -1 })).toThrow(RangeError);
  });
});
