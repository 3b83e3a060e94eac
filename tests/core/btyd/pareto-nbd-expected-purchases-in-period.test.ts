import { describe, expect, it } from 'vitest';
import { paretoNbdExpectedPurchasesInPeriod } from '../../../src/core/btyd/pareto-nbd-expected-purchases-in-period';

const CDNOW = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };

/** E[λ] · E[(1 − e^(−μt))/μ] with μ ~ Gamma(s, β) integrated by the trapezoidal rule in ln μ. */
function byQuadrature(params: typeof CDNOW, t: number): number {
  let weight = 0;
  let sum = 0;
  for (let u = -150; u <= 8; u += 0.05) {
    const mu = Math.exp(u);
    const w = Math.exp(params.s * u - params.beta * mu);
    weight += w;
    sum += w * (-Math.expm1(-mu * t) / mu);
  }
  return (params.r / params.alpha) * (sum / weight);
}

describe('paretoNbdExpectedPurchasesInPeriod', () => {
  it('equals the expectation integrated numerically over the drop-out rate', () => {
    // Source: byQuadrature above (E[λ] = r/α, the mean of a Gamma; the μ part numerically), FHL 2005 CDNOW parameters.
    for (const t of [1, 39, 78])
      expect(paretoNbdExpectedPurchasesInPeriod(CDNOW, t)).toBeCloseTo(byQuadrature(CDNOW, t), 9);
  });

  it('gives rβ/(α(s−1)) · (1 − β/(β+t)) = ½ for r = α = β = t = 1, s = 2, and the limit at s = 1', () => {
    // Computed by hand; at s = 1 the limit is rβ/α · ln(1 + t/β) = ln 2.
    expect(paretoNbdExpectedPurchasesInPeriod({ r: 1, alpha: 1, s: 2, beta: 1 }, 1)).toBeCloseTo(0.5, 14);
    expect(paretoNbdExpectedPurchasesInPeriod({ r: 1, alpha: 1, s: 1, beta: 1 }, 1)).toBeCloseTo(
      Math.LN2,
      14,
    );
  });

  it('is 0 at t = 0 and refuses a negative horizon or parameter', () => {
    expect(paretoNbdExpectedPurchasesInPeriod(CDNOW, 0)).toBe(0);
    expect(() => paretoNbdExpectedPurchasesInPeriod(CDNOW, -1)).toThrow('the horizon t');
    expect(() => paretoNbdExpectedPurchasesInPeriod({ ...CDNOW, s: 0 }, 1)).toThrow('Pareto/NBD parameter s');
  });
});
