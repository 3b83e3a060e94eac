// Tests for RFM scoring by mid-rank quantile.

import { describe, expect, it } from 'vitest';
import { type RfmInput, rfmScores } from '../../../src/core/metrics/rfm';

function rows(...values: [recencyDays: number, frequency: number, monetary: number][]): readonly RfmInput[] {
  return Object.freeze(
    values.map(([recencyDays, frequency, monetary]) => Object.freeze({ recencyDays, frequency, monetary })),
  );
}

describe('rfmScores', () => {
  it('gives five distinct customers one score level each, most recent = high R', () => {
    // by hand: with n = 5 distinct values, score = 1 + ⌊5 · (below + 1/2) / 5⌋ = below + 1
    const input = rows([2, 8, 500], [30, 5, 300], [90, 3, 200], [180, 2, 60], [400, 1, 20]);
    const result = rfmScores(input);
    expect(result.map((x) => x.score)).toEqual(['555', '444', '333', '222', '111']);
    expect(result.map((x) => x.segment)).toEqual([
      'Champions',
      'Loyal',
      'Need attention',
      'Hibernating',
      'Lost',
    ]);
    expect(result[0]).toEqual({ r: 5, f: 5, m: 5, score: '555', segment: 'Champions' });
  });

  it('cuts ten customers into quintiles of two', () => {
    // by hand: monetary 10…100, n = 10: below = 0…9, score = 1 + ⌊5 · (below + 1/2) / 10⌋ = 1,1,2,2,3,3,4,4,5,5
    const input = rows(
      ...Array.from({ length: 10 }, (_, i): [number, number, number] => [10, 1, 10 * (i + 1)]),
    );
    expect(rfmScores(input).map((x) => x.m)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('gives tied values the same score, that of the middle of the ranks they share', () => {
    // by hand, frequency 1,1,1,1,1,1,2,3,4,5 (n = 10), score = 1 + ⌊5 · (below + tied/2) / 10⌋:
    // the six 1s: 0 below, 6 tied -> 1 + ⌊1.5⌋ = 2; 2: 6 below -> 1 + ⌊3.25⌋ = 4; 3: 7 -> 1 + ⌊3.75⌋ = 4;
    // 4: 8 -> 1 + ⌊4.25⌋ = 5; 5: 9 -> 1 + ⌊4.75⌋ = 5
    const frequencies = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5];
    const input = rows(...frequencies.map((f): [number, number, number] => [10, f, 10]));
    const result = rfmScores(input);
    expect(result.map((x) => x.f)).toEqual([2, 2, 2, 2, 2, 2, 4, 4, 5, 5]);
    // every customer ties on recency and monetary: 0 below, 10 tied -> 1 + ⌊2.5⌋ = 3, the middle
    // score, not the worst
    expect(result.every((x) => x.r === 3 && x.m === 3)).toBe(true);
  });

  it('is symmetric: reversing the order of the customers reverses the scores', () => {
    // Mid-ranks turn percentile p into 1 − p, so score s becomes bins + 1 − s whenever no
    // percentile falls exactly on a bin edge; with n = 7 distinct values and 5 bins none does
    // (5 · (2b + 1) / 14 is never a whole number). By hand: 1 + ⌊5 · (b + 1/2) / 7⌋ for b = 0…6
    // = 1, 2, 2, 3, 4, 4, 5.
    const values = [3, 9, 1, 7, 5, 2, 8];
    const up = rfmScores(rows(...values.map((v): [number, number, number] => [v, v, v])));
    expect(up.map((x) => x.m)).toEqual([2, 5, 1, 4, 3, 2, 4]);
    // Recency is scored the other way round: the most days since the last purchase is the worst.
    expect(up.map((x) => x.r)).toEqual(up.map((x) => 6 - x.m));
    expect([...up.map((x) => x.f)].sort()).toEqual([1, 2, 2, 3, 4, 4, 5]);
  });

  it('gives the best customer the top score whatever the number of customers', () => {
    for (let n = 1; n <= 12; n++) {
      const input = rows(...Array.from({ length: n }, (_, i): [number, number, number] => [n - i, i, i]));
      const best = rfmScores(input)[n - 1];
      // by hand: the best of n has n − 1 below, so 1 + ⌊5 · (n − 1/2) / n⌋ = 5 from n = 3 on
      // (n = 1: ⌊2.5⌋ + 1 = 3; n = 2: ⌊3.75⌋ + 1 = 4)
      expect(best.score).toBe(n === 1 ? '333' : n === 2 ? '444' : '555');
    }
  });

  it('scores recency in reverse: fewer days since the last purchase is better', () => {
    // by hand: days 0, 100, 50 -> customers further back: 2, 0, 1 -> n = 3:
    // 1 + ⌊5·2.5/3⌋ = 5, 1 + ⌊5·0.5/3⌋ = 1, 1 + ⌊5·1.5/3⌋ = 3
    const result = rfmScores(rows([0, 1, 1], [100, 1, 1], [50, 1, 1]));
    expect(result.map((x) => x.r)).toEqual([5, 1, 3]);
  });

  it('uses other bin counts for the scores but quintiles for the segment', () => {
    // bins 3, n = 3 distinct: score = 1 + ⌊3 · (below + 1/2) / 3⌋ = below + 1; segment from quintile
    // scores 1 + ⌊5 · (below + 1/2) / 3⌋ = 1, 3, 5
    const result = rfmScores(rows([1, 9, 900], [20, 5, 500], [300, 1, 100]), 3);
    expect(result.map((x) => x.score)).toEqual(['333', '222', '111']);
    // quintile scores: 555 -> Champions, 333 -> Need attention, 111 -> Lost
    expect(result.map((x) => x.segment)).toEqual(['Champions', 'Need attention', 'Lost']);
  });

  it('returns an empty list for no customers and scores one customer in the middle', () => {
    expect(rfmScores([])).toEqual([]);
    // by hand: 0 below, 1 tied, n = 1: 1 + ⌊5 · 0.5⌋ = 3 on each measure; R 3 with FM 3 is Need attention
    expect(rfmScores(rows([5, 1, 10]))).toEqual([
      { r: 3, f: 3, m: 3, score: '333', segment: 'Need attention' },
    ]);
  });

  it('rejects bad rows, naming them, and bad bin counts', () => {
    expect(() => rfmScores(rows([1, 1, 1], [-1, 1, 1]))).toThrow(
      'row 2: recency days must not be negative (got -1)',
    );
    expect(() => rfmScores(rows([1, -2, 1]))).toThrow('row 1: frequency must not be negative (got -2)');
    expect(() => rfmScores(rows([1, 1, Number.NaN]))).toThrow('row 1: monetary must be a finite number');
    expect(() => rfmScores(rows([1, 1, 1]), 1)).toThrow('bins must be a whole number from 2 to 9');
    expect(() => rfmScores(rows([1, 1, 1]), 10)).toThrow('bins must be a whole number from 2 to 9');
    expect(() => rfmScores(rows([1, 1, 1]), 4.5)).toThrow('bins must be a whole number from 2 to 9');
  });
});
