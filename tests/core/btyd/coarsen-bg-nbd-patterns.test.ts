import { describe, expect, it } from 'vitest';
import { aggregateBgNbdPatterns } from '../../../src/core/btyd/bg-nbd-patterns';
import { coarsenBgNbdPatterns } from '../../../src/core/btyd/coarsen-bg-nbd-patterns';
import { simulateBgNbd } from '../../../src/core/btyd/simulate-bg-nbd';

describe('coarsenBgNbdPatterns', () => {
  const data = simulateBgNbd({ r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }, 20_000, {
    T: 39,
    seed: 3,
    timeStep: 0.001,
  });
  const exact = aggregateBgNbdPatterns(data.frequency, data.recency, data.T);

  it('keeps every customer, the total recency and the x = 0 rows at recency 0, in at most 65 recency values', () => {
    const coarse = coarsenBgNbdPatterns(exact)!;
    expect(coarse).not.toBeNull();
    expect(coarse.count * 4).toBeLessThanOrEqual(exact.count);
    const sum = (p: typeof exact, f: (k: number) => number) => {
      let s = 0;
      for (let k = 0; k < p.count; k++) s += p.weight[k] * f(k);
      return s;
    };
    expect(sum(coarse, () => 1)).toBe(20_000);
    expect(coarse.customers).toBe(20_000);
    // Each bin stands at the weighted mean of its values, so the weighted total is unchanged.
    const recencyOf = (p: typeof exact) => (k: number) => p.recencyValues[p.recencyIndex[k]];
    expect(sum(coarse, recencyOf(coarse))).toBeCloseTo(sum(exact, recencyOf(exact)), 6);
    expect(coarse.recencyValues.length).toBeLessThanOrEqual(65);
    expect(Array.from(coarse.recencyValues)).toEqual([...coarse.recencyValues].sort((p, q) => p - q));
    const xOf = (p: typeof exact) => (k: number) => p.xValues[p.xIndex[k]];
    expect(sum(coarse, xOf(coarse))).toBe(sum(exact, xOf(exact)));
    for (let k = 0; k < coarse.count; k++) {
      if (xOf(coarse)(k) === 0) expect(recencyOf(coarse)(k)).toBe(0);
    }
  });

  it('declines a table that coarsening would not at least quarter', () => {
    const whole = simulateBgNbd({ r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }, 2_000, {
      T: 39,
      seed: 3,
      timeStep: 1,
    });
    expect(coarsenBgNbdPatterns(aggregateBgNbdPatterns(whole.frequency, whole.recency, whole.T))).toBeNull();
  });
});
