import { describe, expect, it } from 'vitest';
import { createBgNbdObjective } from '../../../src/core/btyd/bg-nbd-objective';
import { aggregateBgNbdPatterns } from '../../../src/core/btyd/bg-nbd-patterns';
import { expectedPurchasesInPeriod } from '../../../src/core/btyd/expected-purchases-in-period';
import { fitBgNbd } from '../../../src/core/btyd/fit-bg-nbd';
import { simulateBgNbd } from '../../../src/core/btyd/simulate-bg-nbd';
import { validateBgNbdRow } from '../../../src/core/btyd/validate-bg-nbd-row';

// CDNOW's estimates (FHL 2005) with α in days (4.4136 weeks · 7).
const truth = { r: 0.2426, alpha: 30.9, a: 0.7929, b: 2.4259 };

/** Inverse of a small symmetric positive-definite matrix by Gauss–Jordan elimination. */
function invert(matrix: number[][]): number[][] {
  const n = matrix.length;
  const work = matrix.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col++) {
    const pivot = work[col][col];
    for (let j = 0; j < 2 * n; j++) work[col][j] /= pivot;
    for (let i = 0; i < n; i++) {
      if (i === col) continue;
      const factor = work[i][col];
      for (let j = 0; j < 2 * n; j++) work[i][j] -= factor * work[col][j];
    }
  }
  return work.map((row) => row.slice(n));
}

describe('simulateBgNbd', () => {
  it('is deterministic for a seed and produces valid rows', () => {
    const one = simulateBgNbd(truth, 500, { T: (i) => 100 + (i % 50), seed: 3 });
    const two = simulateBgNbd(truth, 500, { T: (i) => 100 + (i % 50), seed: 3 });
    const other = simulateBgNbd(truth, 500, { T: (i) => 100 + (i % 50), seed: 4 });
    expect(Array.from(two.frequency)).toEqual(Array.from(one.frequency));
    expect(Array.from(two.recency)).toEqual(Array.from(one.recency));
    expect(Array.from(other.frequency)).not.toEqual(Array.from(one.frequency));
    for (let i = 0; i < 500; i++) {
      expect(validateBgNbdRow(one.frequency[i], one.recency[i], one.T[i])).toBeNull();
      expect(one.T[i]).toBe(100 + (i % 50));
      // Whole days by default.
      expect(Number.isInteger(one.recency[i])).toBe(true);
    }
  });

  it('rounds recency to the requested step or keeps it exact', () => {
    const weeks = simulateBgNbd(truth, 300, { T: 38.86, seed: 5, timeStep: 0.01 });
    const exact = simulateBgNbd(truth, 300, { T: 38.86, seed: 5, timeStep: 0 });
    for (let i = 0; i < 300; i++) {
      expect(Math.abs(weeks.recency[i] * 100 - Math.round(weeks.recency[i] * 100))).toBeLessThan(1e-6);
      expect(Math.abs(weeks.recency[i] - exact.recency[i])).toBeLessThanOrEqual(0.005 + 1e-12);
    }
  });

  it('matches the model’s expected number of purchases', () => {
    const n = 50_000;
    const data = simulateBgNbd(truth, n, { T: 273, seed: 11, timeStep: 0 });
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      sum += data.frequency[i];
      squares += data.frequency[i] ** 2;
    }
    const mean = sum / n;
    const standardError = Math.sqrt((squares / n - mean * mean) / n);
    // Source: FHL 2005 eq. 9 (expectedPurchasesInPeriod) gives E[X(273 days)]; the sample mean must lie within
    // 4 standard errors of it.
    expect(Math.abs(mean - expectedPurchasesInPeriod(truth, 273))).toBeLessThan(4 * standardError);
  });

  it('lets fitBgNbd recover the parameters of 20,000 customers within 4 standard errors', () => {
    const data = simulateBgNbd(truth, 20_000, { T: (i) => 180 + (i % 186), seed: 2024 });
    const fit = fitBgNbd(data);
    // Standard errors of ln r, ln α, ln a, ln b from the observed information: the Hessian of the total negative
    // log-likelihood over the log-parameters, by central differences of the analytic gradient. At CDNOW's size
    // (2,357 customers) the relative errors are 5–27 %; at 20,000 they are about a third of that, so a
    // fixed tolerance would have to be loose, while 4 standard errors is tight and fails with probability < 1e-4.
    const objective = createBgNbdObjective(aggregateBgNbdPatterns(data.frequency, data.recency, data.T), 0);
    const theta = [fit.r, fit.alpha, fit.a, fit.b].map(Math.log);
    const h = 1e-5;
    const hessian: number[][] = [];
    for (let i = 0; i < 4; i++) {
      const up = Float64Array.from(theta);
      const down = Float64Array.from(theta);
      up[i] += h;
      down[i] -= h;
      const gUp = new Float64Array(4);
      const gDown = new Float64Array(4);
      objective.evaluate(up, gUp);
      objective.evaluate(down, gDown);
      hessian.push(Array.from({ length: 4 }, (_, j) => ((gUp[j] - gDown[j]) / (2 * h)) * 20_000));
    }
    const covariance = invert(hessian);
    const names = ['r', 'alpha', 'a', 'b'] as const;
    names.forEach((name, i) => {
      const standardError = Math.sqrt(covariance[i][i]);
      expect(standardError).toBeLessThan(0.2);
      expect(Math.abs(Math.log(fit[name] / truth[name])), name).toBeLessThan(4 * standardError);
    });
  });

  it('rejects invalid input', () => {
    expect(() => simulateBgNbd(truth, 1.5, { T: 10, seed: 1 })).toThrow(RangeError);
    expect(() => simulateBgNbd(truth, 2, { T: () => -1, seed: 1 })).toThrow(
      'customer 0: T must be a number ≥ 0, got -1',
    );
    expect(() => simulateBgNbd({ ...truth, a: 0 }, 2, { T: 10, seed: 1 })).toThrow(RangeError);
    expect(() => simulateBgNbd(truth, 2, { T: 10, seed: 1, timeStep: -1 })).toThrow(RangeError);
  });
});
