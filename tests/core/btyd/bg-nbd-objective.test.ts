import { describe, expect, it } from 'vitest';
import { bgNbdLogLikelihood } from '../../../src/core/btyd/bg-nbd-log-likelihood';
import { createBgNbdObjective } from '../../../src/core/btyd/bg-nbd-objective';
import { aggregateBgNbdPatterns } from '../../../src/core/btyd/bg-nbd-patterns';
import { loadSummaryColumns } from './cdnow-fixture';

const { frequency, recency, T } = loadSummaryColumns();

describe('createBgNbdObjective', () => {
  it('is the negative mean of the per-customer log-likelihoods plus the L2 penalty', () => {
    const patterns = aggregateBgNbdPatterns(frequency, recency, T);
    const penalizer = 0.05;
    const objective = createBgNbdObjective(patterns, penalizer);
    const params = { r: 0.3, alpha: 5, a: 0.9, b: 2 };
    const theta = Float64Array.of(Math.log(0.3), Math.log(5), Math.log(0.9), Math.log(2));
    const value = objective.evaluate(theta, new Float64Array(4));
    let total = 0;
    for (let i = 0; i < frequency.length; i++)
      total += bgNbdLogLikelihood(params, frequency[i], recency[i], T[i]);
    // Source: lifetimes' BetaGeoFitter._negative_log_likelihood: −Σ wᵢ llᵢ / Σ wᵢ + penalizer · Σ params².
    expect(value).toBeCloseTo(-total / 2357 + penalizer * (0.09 + 25 + 0.81 + 4), 10);
    expect(objective.logLikelihood).toBeCloseTo(total, 8);
  });

  it('has the gradient of central finite differences', () => {
    const patterns = aggregateBgNbdPatterns(frequency, recency, T);
    const objective = createBgNbdObjective(patterns, 0.01);
    const theta = Float64Array.of(-1.2, 1.3, -0.4, 0.8);
    const gradient = new Float64Array(4);
    objective.evaluate(theta, gradient);
    const scratch = new Float64Array(4);
    for (let i = 0; i < 4; i++) {
      const h = 1e-6;
      const up = Float64Array.from(theta);
      const down = Float64Array.from(theta);
      up[i] += h;
      down[i] -= h;
      const slope = (objective.evaluate(up, scratch) - objective.evaluate(down, scratch)) / (2 * h);
      expect(gradient[i]).toBeCloseTo(slope, 6);
    }
  });

  it('returns +Infinity where the parameters overflow', () => {
    const patterns = aggregateBgNbdPatterns([0, 1], [0, 1], [2, 2]);
    const objective = createBgNbdObjective(patterns, 0);
    expect(objective.evaluate(Float64Array.of(800, 0, 0, 0), new Float64Array(4))).toBe(
      Number.POSITIVE_INFINITY,
    );
  });
});
