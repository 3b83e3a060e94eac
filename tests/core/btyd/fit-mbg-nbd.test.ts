import { describe, expect, it } from 'vitest';
import { fitBgNbd } from '../../../src/core/btyd/fit-bg-nbd';
import { fitMbgNbd } from '../../../src/core/btyd/fit-mbg-nbd';
import { mbgNbdLogLikelihood } from '../../../src/core/btyd/mbg-nbd-log-likelihood';
import { loadSummaryColumns } from './cdnow-fixture';
import { simulateMbgNbd } from './mbg-nbd-simulation';

const cdnow = loadSummaryColumns();
Object.freeze(cdnow.frequency);
Object.freeze(cdnow.recency);
Object.freeze(cdnow.T);
const fit = fitMbgNbd(cdnow);
const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

describe('fitMbgNbd', () => {
  it('finds the CDNOW maximum that an independent optimiser finds', () => {
    // Source: computed independently for this test with scipy 1.17 (Nelder-Mead, then BFGS) on the
    // MBG/NBD likelihood written with scipy.special, whose per-customer values agree with numerical
    // integration over λ and p (mbg-nbd-log-likelihood.test.ts): r 0.524838, α 6.182992,
    // a 0.891356, b 1.613999, LL −9582.1327 on cdnow_customers_summary.csv (weeks).
    expect(fit.converged).toBe(true);
    expect(relative(fit.r, 0.524838)).toBeLessThan(1e-5);
    expect(relative(fit.alpha, 6.182992)).toBeLessThan(1e-5);
    expect(relative(fit.a, 0.891356)).toBeLessThan(1e-5);
    expect(relative(fit.b, 1.613999)).toBeLessThan(1e-5);
    expect(fit.logLikelihood).toBeCloseTo(-9582.1327, 3);
  });

  it('reports the total of the per-customer log-likelihoods', () => {
    let total = 0;
    for (let i = 0; i < cdnow.frequency.length; i++)
      total += mbgNbdLogLikelihood(fit, cdnow.frequency[i], cdnow.recency[i], cdnow.T[i]);
    expect(fit.logLikelihood).toBeCloseTo(total, 6);
  });

  it('reaches the same optimum from very different starting points', () => {
    for (const initial of [
      { r: 0.01, alpha: 100, a: 5, b: 0.1 },
      { r: 10, alpha: 0.1, a: 0.05, b: 50 },
      { r: 5, alpha: 1, a: 0.1, b: 300 },
    ]) {
      const other = fitMbgNbd(cdnow, { initial });
      expect(other.converged).toBe(true);
      expect(relative(other.r, fit.r)).toBeLessThan(1e-5);
      expect(relative(other.alpha, fit.alpha)).toBeLessThan(1e-5);
      expect(relative(other.a, fit.a)).toBeLessThan(1e-5);
      expect(relative(other.b, fit.b)).toBeLessThan(1e-5);
    }
  });

  it('recovers the parameters of 20,000 customers simulated from the model', () => {
    // Source: simulateMbgNbd with seed 11 (the model's definition, drawn in the test); the tolerance
    // is several standard errors at this sample size.
    const truth = { r: 0.8, alpha: 5, a: 1.2, b: 2.5 };
    const data = simulateMbgNbd(truth, 20_000, (i) => 26 + (i % 27), 11);
    const recovered = fitMbgNbd(data);
    expect(recovered.converged).toBe(true);
    expect(relative(recovered.r, truth.r)).toBeLessThan(0.08);
    expect(relative(recovered.alpha, truth.alpha)).toBeLessThan(0.12);
    expect(relative(recovered.a, truth.a)).toBeLessThan(0.15);
    expect(relative(recovered.b, truth.b)).toBeLessThan(0.2);
    // On data where some customers leave at once, MBG/NBD fits better than BG/NBD.
    expect(recovered.logLikelihood).toBeGreaterThan(fitBgNbd(data).logLikelihood);
  });

  it('gives the same r, a, b and a rescaled α when time is counted in days', () => {
    const inDays = fitMbgNbd({
      frequency: cdnow.frequency,
      recency: cdnow.recency.map((t) => t * 7),
      T: cdnow.T.map((t) => t * 7),
    });
    expect(relative(inDays.r, fit.r)).toBeLessThan(1e-5);
    expect(relative(inDays.alpha, fit.alpha * 7)).toBeLessThan(1e-5);
    expect(relative(inDays.a, fit.a)).toBeLessThan(1e-5);
    expect(relative(inDays.b, fit.b)).toBeLessThan(1e-5);
  });

  it('shrinks the parameters when penalised', () => {
    const penalised = fitMbgNbd(cdnow, { penalizer: 0.1 });
    expect(penalised.a + penalised.b).toBeLessThan(fit.a + fit.b);
    expect(penalised.logLikelihood).toBeLessThan(fit.logLikelihood);
  });

  it('throws clear errors when there is nothing to fit or a row is invalid', () => {
    expect(() => fitMbgNbd({ frequency: [0, 0], recency: [0, 0], T: [3, 4] })).toThrow(
      'cannot fit MBG/NBD: no customer has a repeat purchase',
    );
    expect(() => fitMbgNbd({ frequency: [], recency: [], T: [] })).toThrow(
      'cannot fit MBG/NBD: there are no customers',
    );
    expect(() => fitMbgNbd({ frequency: [1], recency: [0], T: [0] })).toThrow('every T is 0');
    expect(() => fitMbgNbd({ frequency: [1], recency: [5], T: [4] })).toThrow(
      'row 1: recency is greater than T',
    );
    expect(() => fitMbgNbd(cdnow, { penalizer: -1 })).toThrow(RangeError);
    expect(() => fitMbgNbd(cdnow, { initial: { r: 0, alpha: 1, a: 1, b: 1 } })).toThrow('initial r');
  });
});
