import { describe, expect, it } from 'vitest';
import { aggregateBgNbdPatterns } from '../../../src/core/btyd/bg-nbd-patterns';
import { mbgNbdLogLikelihood } from '../../../src/core/btyd/mbg-nbd-log-likelihood';
import { createMbgNbdObjective } from '../../../src/core/btyd/mbg-nbd-objective';
import { loadSummaryColumns } from './cdnow-fixture';

const cdnow = loadSummaryColumns();
const maxT = Math.max(...cdnow.T);
const scaled = {
  frequency: cdnow.frequency,
  recency: cdnow.recency.map((t) => t / maxT),
  T: cdnow.T.map((t) => t / maxT),
};

describe('createMbgNbdObjective', () => {
  const theta = Float64Array.of(Math.log(0.6), Math.log(0.2), Math.log(0.8), Math.log(1.9));

  it('is the penalised mean negative log-likelihood over the customers', () => {
    // Computed here: the per-customer mbgNbdLogLikelihood summed row by row.
    const penalizer = 0.05;
    const objective = createMbgNbdObjective(
      aggregateBgNbdPatterns(scaled.frequency, scaled.recency, scaled.T),
      penalizer,
    );
    const value = objective.evaluate(theta, new Float64Array(4));
    const [r, alpha, a, b] = Array.from(theta, Math.exp);
    let total = 0;
    for (let i = 0; i < cdnow.frequency.length; i++)
      total += mbgNbdLogLikelihood({ r, alpha, a, b }, scaled.frequency[i], scaled.recency[i], scaled.T[i]);
    expect(objective.logLikelihood).toBeCloseTo(total, 8);
    const penalty = penalizer * (r * r + alpha * alpha + a * a + b * b);
    expect(value).toBeCloseTo(-total / cdnow.frequency.length + penalty, 12);
  });

  it('has the gradient of central differences', () => {
    const objective = createMbgNbdObjective(
      aggregateBgNbdPatterns(scaled.frequency, scaled.recency, scaled.T),
      0.01,
    );
    const gradient = new Float64Array(4);
    objective.evaluate(theta, gradient);
    const scratch = new Float64Array(4);
    const h = 1e-6;
    for (let i = 0; i < 4; i++) {
      const up = Float64Array.from(theta);
      const down = Float64Array.from(theta);
      up[i] += h;
      down[i] -= h;
      const numeric = (objective.evaluate(up, scratch) - objective.evaluate(down, scratch)) / (2 * h);
      expect(gradient[i]).toBeCloseTo(numeric, 7);
    }
  });

  it('answers +Infinity when the parameters overflow', () => {
    const objective = createMbgNbdObjective(aggregateBgNbdPatterns([1], [1], [2]), 0);
    expect(objective.evaluate(Float64Array.of(800, 0, 0, 0), new Float64Array(4))).toBe(
      Number.POSITIVE_INFINITY,
    );
  });
});
