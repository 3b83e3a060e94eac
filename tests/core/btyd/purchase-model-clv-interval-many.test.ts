import { describe, expect, it } from 'vitest';
import { bgNbdCovariance } from '../../../src/core/btyd/bg-nbd-covariance';
import { fitBgNbd } from '../../../src/core/btyd/fit-bg-nbd';
import type { PurchaseModel } from '../../../src/core/btyd/purchase-model';
import { purchaseModelClvIntervalMany } from '../../../src/core/btyd/purchase-model-clv-interval-many';
import { purchaseModelPredictClvMany } from '../../../src/core/btyd/purchase-model-predict-clv-many';
import { simulateBgNbd } from '../../../src/core/btyd/simulate-bg-nbd';
import { loadSummaryColumns } from './cdnow-fixture';

const Z = 1.6448536269514722;
const OPTIONS = Object.freeze({ months: 12, monthlyDiscount: 0.01, unit: 'weeks' as const });
const ZERO3 = Object.freeze([
  [0, 0, 0],
  [0, 0, 0],
  [0, 0, 0],
]);
const ZERO4 = Object.freeze([
  [0, 0, 0, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 0],
]);
// FHL 2005 BG/NBD and the lifetimes Gamma-Gamma estimates on the CDNOW sample.
const BG: PurchaseModel = Object.freeze({
  kind: 'bgnbd',
  params: Object.freeze({ r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }),
});
const GG = Object.freeze({ p: 6.25, q: 3.74, gamma: 15.45 });
const TABLE = Object.freeze({
  frequency: Object.freeze([0, 2, 2, 7]),
  recency: Object.freeze([0, 30.43, 30.43, 35]),
  T: Object.freeze([38.86, 38.86, 38.86, 38.86]),
  monetary: Object.freeze([0, 22.35, 22.35, 40]),
});

describe('purchaseModelClvIntervalMany', () => {
  it('returns the point CLV of purchaseModelPredictClvMany between its two ends', () => {
    const covariance = bgNbdCovarianceOnSample();
    const result = purchaseModelClvIntervalMany(BG, covariance, GG, ggCovariance(), TABLE, OPTIONS);
    expect(Array.from(result.clv)).toEqual(Array.from(purchaseModelPredictClvMany(BG, GG, TABLE, OPTIONS)));
    for (let i = 0; i < 4; i++) {
      expect(result.lower[i]).toBeLessThan(result.clv[i]);
      expect(result.upper[i]).toBeGreaterThan(result.clv[i]);
      // Symmetric on the log scale: clv² = lower · upper.
      expect(result.lower[i] * result.upper[i]).toBeCloseTo(result.clv[i] ** 2, 6);
    }
    // Identical customers get identical intervals (their pattern is scored once).
    expect(result.lower[2]).toBe(result.lower[1]);
    expect(result.upper[2]).toBe(result.upper[1]);
  });

  it('matches a hand calculation when only γ is uncertain', () => {
    // ln E[M] = ln p + ln(γ + x m̄) − ln(px + q − 1), so with Var γ = s² alone,
    // SD ln CLV = s · γ / (γ + x m̄) / γ = s / (γ + x m̄). For x = 2, m̄ = 22.35, s = 4:
    // 4 / (15.45 + 44.7) = 0.066500…, and the ends are CLV · e^(±1.645 · 0.0665).
    const onlyGamma = [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 16],
    ];
    const result = purchaseModelClvIntervalMany(BG, ZERO4, GG, onlyGamma, TABLE, OPTIONS);
    const sd = 4 / (15.45 + 2 * 22.35);
    expect(result.upper[1] / result.clv[1]).toBeCloseTo(Math.exp(Z * sd), 12);
    expect(result.lower[1] / result.clv[1]).toBeCloseTo(Math.exp(-Z * sd), 12);
    // A customer without repeat purchases gets the population mean, whose γ share is 1: sd = 4/15.45.
    expect(result.upper[0] / result.clv[0]).toBeCloseTo(Math.exp((Z * 4) / 15.45), 12);
  });

  it('follows an independent derivative of ln CLV in r when only r is uncertain', () => {
    const se = 0.0126;
    const onlyR = ZERO4.map((row, i) => row.map((_, j) => (i === 0 && j === 0 ? se * se : 0)));
    const result = purchaseModelClvIntervalMany(BG, onlyR, GG, ZERO3, TABLE, OPTIONS);
    const h = 1e-3 * BG.params.r;
    const at = (r: number) =>
      purchaseModelPredictClvMany({ kind: 'bgnbd', params: { ...BG.params, r } }, GG, TABLE, OPTIONS);
    const up = at(BG.params.r + h);
    const down = at(BG.params.r - h);
    for (let i = 0; i < 4; i++) {
      const slope = Math.abs(Math.log(up[i] / down[i]) / (2 * h));
      expect(Math.log(result.upper[i] / result.clv[i])).toBeCloseTo(Z * se * slope, 5);
    }
  });

  it('widens monotonically with the covariance: none gives a point, four times gives twice the spread', () => {
    const covariance = bgNbdCovarianceOnSample();
    const none = purchaseModelClvIntervalMany(BG, ZERO4, GG, ZERO3, TABLE, OPTIONS);
    expect(Array.from(none.lower)).toEqual(Array.from(none.clv));
    expect(Array.from(none.upper)).toEqual(Array.from(none.clv));
    const once = purchaseModelClvIntervalMany(BG, covariance, GG, ggCovariance(), TABLE, OPTIONS);
    const times4 = (m: readonly (readonly number[])[]) => m.map((row) => row.map((value) => 4 * value));
    const more = purchaseModelClvIntervalMany(
      BG,
      times4(covariance),
      GG,
      times4(ggCovariance()),
      TABLE,
      OPTIONS,
    );
    for (let i = 0; i < 4; i++) {
      expect(Math.log(more.upper[i] / more.clv[i])).toBeCloseTo(
        2 * Math.log(once.upper[i] / once.clv[i]),
        10,
      );
      expect(more.lower[i]).toBeLessThan(once.lower[i]);
    }
  });

  it('covers the true CLV about 90 % of the time on data simulated from known parameters', () => {
    // 100 fixed-seed samples of 1,000 customers from a known BG/NBD; Gamma-Gamma held known.
    // Each interval comes from that sample's own fit and covariance; the truth from the true
    // parameters. With 100 samples a 90 % interval covers 90 ± 3 times.
    const truth = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
    const gg = { p: 6, q: 4, gamma: 15 };
    const table = { frequency: [0, 2, 7], recency: [0, 30, 35], T: [39, 39, 39], monetary: [0, 20, 40] };
    const trueClv = purchaseModelPredictClvMany({ kind: 'bgnbd', params: truth }, gg, table, OPTIONS);
    const covered = [0, 0, 0];
    let samples = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const data = simulateBgNbd(truth, 1000, { T: (i) => 20 + (i % 20), seed, timeStep: 1 / 7 });
      const fit = fitBgNbd(data);
      const covariance = bgNbdCovariance(data, fit);
      if (!fit.converged || covariance.kind !== 'covariance') continue;
      samples++;
      const interval = purchaseModelClvIntervalMany(
        { kind: 'bgnbd', params: fit },
        covariance.covariance,
        gg,
        ZERO3,
        table,
        OPTIONS,
      );
      for (let k = 0; k < 3; k++)
        if (interval.lower[k] <= trueClv[k] && trueClv[k] <= interval.upper[k]) covered[k]++;
    }
    expect(samples).toBe(100);
    for (const count of covered) {
      expect(count).toBeGreaterThanOrEqual(82);
      expect(count).toBeLessThanOrEqual(97);
    }
  });

  it('refuses a covariance of the wrong size', () => {
    expect(() => purchaseModelClvIntervalMany(BG, ZERO3, GG, ZERO3, TABLE, OPTIONS)).toThrow(
      'the purchase model covariance must be 4 × 4',
    );
    expect(() => purchaseModelClvIntervalMany(BG, ZERO4, GG, ZERO4, TABLE, OPTIONS)).toThrow(
      'the Gamma-Gamma covariance must be 3 × 3',
    );
  });
});

/** The covariance of the BG/NBD fit on the CDNOW sample (standard errors 0.0126, 0.378, 0.186, 0.705). */
function bgNbdCovarianceOnSample(): number[][] {
  const cdnow = loadSummaryColumns();
  const result = bgNbdCovariance(cdnow, fitBgNbd(cdnow));
  if (result.kind !== 'covariance') throw new Error(result.reason);
  return result.covariance.map((row) => [...row]);
}

/** The CDNOW Gamma-Gamma fit's covariance to 2 digits (gammaGammaCovariance: standard errors and correlations). */
function ggCovariance(): number[][] {
  const se = [1.19, 0.29, 4.16];
  const correlation = [
    [1, -0.67, -0.97],
    [-0.67, 1, 0.82],
    [-0.97, 0.82, 1],
  ];
  return correlation.map((row, i) => row.map((value, j) => value * se[i] * se[j]));
}
