import { describe, expect, it } from 'vitest';
import { conditionalExpectedPurchases } from '../../../src/core/btyd/expected-purchases';
import { pAlive } from '../../../src/core/btyd/p-alive';
import { scoreBgNbdMany } from '../../../src/core/btyd/score-bg-nbd-many';
import { simulateBgNbd } from '../../../src/core/btyd/simulate-bg-nbd';
import { loadSummaryColumns } from './cdnow-fixture';

const params = { r: 0.242594, alpha: 4.413602, a: 0.79292, b: 2.425888 };

describe('scoreBgNbdMany', () => {
  it('gives the values of pAlive and conditionalExpectedPurchases row by row on the CDNOW sample', () => {
    const data = loadSummaryColumns();
    const scores = scoreBgNbdMany(params, 39, data);
    const alive = Array.from(data.frequency, (x, i) => pAlive(params, x, data.recency[i], data.T[i]));
    const expected = Array.from(data.frequency, (x, i) =>
      conditionalExpectedPurchases(params, 39, x, data.recency[i], data.T[i]),
    );
    // The same operations on the same numbers: equal to the last bit, not merely close.
    expect(Array.from(scores.pAlive)).toEqual(alive);
    expect(Array.from(scores.expectedPurchases)).toEqual(expected);
    // Source: FHL 2005: customer 1 (x 2, tx 30.43, T 38.86) expects 1.226 purchases in 39 weeks.
    expect(scores.expectedPurchases[0]).toBeCloseTo(1.226, 3);
  });

  it('spreads each pattern over many simulated customers who share it', () => {
    const data = simulateBgNbd(params, 5000, { T: 39, seed: 3 });
    const scores = scoreBgNbdMany(params, 52, data);
    for (const i of [0, 17, 999, 4999]) {
      expect(scores.pAlive[i]).toBe(pAlive(params, data.frequency[i], data.recency[i], data.T[i]));
      expect(scores.expectedPurchases[i]).toBe(
        conditionalExpectedPurchases(params, 52, data.frequency[i], data.recency[i], data.T[i]),
      );
    }
  });

  it('rejects a negative horizon and invalid rows', () => {
    expect(() => scoreBgNbdMany(params, -1, { frequency: [0], recency: [0], T: [1] })).toThrow(RangeError);
    expect(() => scoreBgNbdMany(params, 5, { frequency: [0], recency: [2], T: [1] })).toThrow(
      'row 1: recency is greater than T',
    );
  });
});
