import { describe, expect, it } from 'vitest';
import { bgNbdLogLikelihood } from '../../../src/core/btyd/bg-nbd-log-likelihood';
import { fitBgNbd } from '../../../src/core/btyd/fit-bg-nbd';
import { simulateBgNbd } from '../../../src/core/btyd/simulate-bg-nbd';
import { loadSummaryColumns } from './cdnow-fixture';

const cdnow = loadSummaryColumns();
Object.freeze(cdnow.frequency);
Object.freeze(cdnow.recency);
Object.freeze(cdnow.T);
const fit = fitBgNbd(cdnow);

function relative(actual: number, expected: number): number {
  return Math.abs(actual / expected - 1);
}

describe('fitBgNbd', () => {
  it('reproduces the published CDNOW estimates within 0.1 %', () => {
    // Source: Fader, Hardie & Lee (2005), CDNOW sample in weeks: r 0.2426, α 4.4136, a 0.7929, b 2.4259
    // (lifetimes' documentation gives 0.242594, 4.413602, 0.792920, 2.425888).
    expect(relative(fit.r, 0.2426)).toBeLessThan(0.001);
    expect(relative(fit.alpha, 4.4136)).toBeLessThan(0.001);
    expect(relative(fit.a, 0.7929)).toBeLessThan(0.001);
    expect(relative(fit.b, 2.4259)).toBeLessThan(0.001);
    expect(relative(fit.r, 0.242594)).toBeLessThan(0.001);
    expect(relative(fit.alpha, 4.413602)).toBeLessThan(0.001);
    expect(relative(fit.a, 0.79292)).toBeLessThan(0.001);
    expect(relative(fit.b, 2.425888)).toBeLessThan(0.001);
    expect(fit.converged).toBe(true);
  });

  it('reports the unpenalised log-likelihood of −9582.43', () => {
    // Source: FHL (2005) report LL = −9582.4; product.md gives −9582.43.
    expect(Math.abs(fit.logLikelihood + 9582.43)).toBeLessThan(0.01);
    let total = 0;
    for (let i = 0; i < cdnow.frequency.length; i++) {
      total += bgNbdLogLikelihood(fit, cdnow.frequency[i], cdnow.recency[i], cdnow.T[i]);
    }
    expect(fit.logLikelihood).toBeCloseTo(total, 6);
  });

  it('reaches the same optimum from very different starting points', () => {
    const starts = [
      { r: 0.01, alpha: 100, a: 5, b: 0.1 },
      { r: 10, alpha: 0.1, a: 0.05, b: 50 },
      { r: 1, alpha: 1, a: 1, b: 1 },
      { r: 3, alpha: 30, a: 20, b: 20 },
      { r: 0.05, alpha: 0.5, a: 50, b: 200 },
    ];
    for (const initial of starts) {
      const other = fitBgNbd(cdnow, { initial });
      expect(other.converged).toBe(true);
      expect(relative(other.r, fit.r)).toBeLessThan(1e-5);
      expect(relative(other.alpha, fit.alpha)).toBeLessThan(1e-5);
      expect(relative(other.a, fit.a)).toBeLessThan(1e-5);
      expect(relative(other.b, fit.b)).toBeLessThan(1e-5);
      expect(other.logLikelihood).toBeCloseTo(fit.logLikelihood, 6);
    }
  });

  it('gives the same r, a, b and a rescaled α when time is counted in days', () => {
    // Computed by hand: multiplying every time by 7 changes ln L by −x ln 7 per customer (a constant), so the
    // maximiser is the same with α multiplied by 7.
    const inDays = fitBgNbd({
      frequency: cdnow.frequency,
      recency: cdnow.recency.map((t) => t * 7),
      T: cdnow.T.map((t) => t * 7),
    });
    expect(relative(inDays.r, fit.r)).toBeLessThan(1e-5);
    expect(relative(inDays.alpha, fit.alpha * 7)).toBeLessThan(1e-5);
    expect(relative(inDays.a, fit.a)).toBeLessThan(1e-5);
    expect(relative(inDays.b, fit.b)).toBeLessThan(1e-5);
  });

  it('minimises lifetimes’ penalised objective, with α divided by the largest T in the penalty', () => {
    // Source: lifetimes 0.11 BetaGeoFitter: times are scaled by 1 / max(T), and the objective is
    // −mean(ln L) + penalizer_coef · Σ params² on the scaled parameters.
    const penalizer = 0.1;
    const maxT = Math.max(...cdnow.T);
    const objective = (p: { r: number; alpha: number; a: number; b: number }) => {
      let total = 0;
      for (let i = 0; i < cdnow.frequency.length; i++) {
        total += bgNbdLogLikelihood(p, cdnow.frequency[i], cdnow.recency[i], cdnow.T[i]);
      }
      return (
        -total / cdnow.frequency.length + penalizer * (p.r ** 2 + (p.alpha / maxT) ** 2 + p.a ** 2 + p.b ** 2)
      );
    };
    const penalised = fitBgNbd(cdnow, { penalizer });
    const best = objective(penalised);
    for (const name of ['r', 'alpha', 'a', 'b'] as const) {
      for (const factor of [0.99, 1.01]) {
        expect(objective({ ...penalised, [name]: penalised[name] * factor })).toBeGreaterThan(best);
      }
    }
    // The penalty pulls the parameters towards 0 and costs likelihood.
    expect(penalised.a ** 2 + penalised.b ** 2).toBeLessThan(fit.a ** 2 + fit.b ** 2);
    expect(penalised.logLikelihood).toBeLessThan(fit.logLikelihood);
  });

  it('throws a clear error when no customer has a repeat purchase', () => {
    expect(() => fitBgNbd({ frequency: [0, 0, 0], recency: [0, 0, 0], T: [5, 10, 20] })).toThrow(
      'cannot fit BG/NBD: no customer has a repeat purchase',
    );
  });

  it('still fits when customers with x and T of 10,000 join the CDNOW sample, at tx = T or inside', () => {
    // Not a published value: the check is that extreme rows move the optimum without breaking the fit.
    const fitWith = (rows: [number, number, number][]) =>
      fitBgNbd({
        frequency: [...cdnow.frequency, ...rows.map((row) => row[0])],
        recency: [...cdnow.recency, ...rows.map((row) => row[1])],
        T: [...cdnow.T, ...rows.map((row) => row[2])],
      });
    const extremes: [number, number, number][][] = [[[10_000, 10_000, 10_000]], [[5_000, 2_500, 10_000]]];
    for (const rows of extremes) {
      const extreme = fitWith(rows);
      expect(extreme.converged).toBe(true);
      for (const value of [extreme.r, extreme.alpha, extreme.a, extreme.b, extreme.logLikelihood])
        expect(Number.isFinite(value)).toBe(true);
      // A maximum of its data: moving any parameter by 1 % lowers ln L.
      for (const name of ['r', 'alpha', 'a', 'b'] as const) {
        for (const factor of [0.99, 1.01]) {
          const moved = { ...extreme, [name]: extreme[name] * factor };
          let total = 0;
          for (let i = 0; i < cdnow.frequency.length; i++)
            total += bgNbdLogLikelihood(moved, cdnow.frequency[i], cdnow.recency[i], cdnow.T[i]);
          for (const [x, tx, T] of rows) total += bgNbdLogLikelihood(moved, x, tx, T);
          expect(total).toBeLessThan(extreme.logLikelihood);
        }
      }
    }
    // With tx = 0 and x = 10,000 the factor α^−x of FHL (2005) eq. 6 has no maximum: the fit must not claim one.
    const runaway = fitWith([[10_000, 0, 10_000]]);
    expect(runaway.converged).toBe(false);
  });

  it('throws a clear error when every T is 0', () => {
    // Repeat purchases on the first day only (x > 0, tx = T = 0) span no time at all.
    expect(() => fitBgNbd({ frequency: [1, 2], recency: [0, 0], T: [0, 0] })).toThrow(
      'cannot fit BG/NBD: every T is 0, so no time has been observed',
    );
  });

  it('ends at the exact optimum when recency has many distinct values and the search starts on a coarser table', () => {
    // 20,000 simulated customers with recency to 0.001 week: thousands of distinct patterns, so the
    // fit first walks on a coarsened table. The total log-likelihood of the rows themselves must be
    // flat at the answer: a central difference in each log-parameter (step 1e-4) of almost 0, where
    // the coarse table's own optimum leaves a slope of 0.28 in ln r.
    const data = simulateBgNbd({ r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }, 20_000, {
      T: 39,
      seed: 7,
      timeStep: 0.001,
    });
    const found = fitBgNbd(data);
    expect(found.converged).toBe(true);
    const total = (params: { r: number; alpha: number; a: number; b: number }) => {
      let sum = 0;
      for (let i = 0; i < data.frequency.length; i++) {
        sum += bgNbdLogLikelihood(params, data.frequency[i], data.recency[i], data.T[i]);
      }
      return sum;
    };
    const h = 1e-4;
    for (const name of ['r', 'alpha', 'a', 'b'] as const) {
      const up = total({ ...found, [name]: found[name] * Math.exp(h) });
      const down = total({ ...found, [name]: found[name] * Math.exp(-h) });
      expect(Math.abs((up - down) / (2 * h)), name).toBeLessThan(0.01);
    }
  });

  it('names the first invalid row and rejects empty or mismatched input', () => {
    expect(() => fitBgNbd({ frequency: [1, 2], recency: [1, 12], T: [10, 10] })).toThrow(
      'row 2: recency is greater than T',
    );
    expect(() => fitBgNbd({ frequency: [], recency: [], T: [] })).toThrow(
      'cannot fit BG/NBD: there are no customers',
    );
    expect(() => fitBgNbd({ frequency: [1], recency: [1, 2], T: [3] })).toThrow(RangeError);
    expect(() => fitBgNbd(cdnow, { penalizer: -1 })).toThrow(RangeError);
    expect(() => fitBgNbd(cdnow, { initial: { r: 0, alpha: 1, a: 1, b: 1 } })).toThrow(RangeError);
  });
});
