// Tests for RFM scoring by quantile of rank.

import { describe, expect, it } from 'vitest';
import { type RfmInput, rfmScores } from '../../../src/core/metrics/rfm';

function rows(...values: [recencyDays: number, frequency: number, monetary: number][]): readonly RfmInput[] {
  return Object.freeze(
    values.map(([recencyDays, frequency, monetary]) => Object.freeze({ recencyDays, frequency, monetary })),
  );
}

describe('rfmScores', () => {
  it('gives five distinct customers one score level each, most recent = high R', () => {
    // by hand: with n = 5 distinct values, score = 1 + ⌊5 · below / 5⌋ = below + 1
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
    // by hand: monetary 10…100, n = 10: below = 0…9, score = 1 + ⌊5 · below / 10⌋ = 1,1,2,2,3,3,4,4,5,5
    const input = rows(
      ...Array.from({ length: 10 }, (_, i): [number, number, number] => [10, 1, 10 * (i + 1)]),
    );
    expect(rfmScores(input).map((x) => x.m)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('gives tied values the same score, that of the lowest rank in the tie', () => {
    // frequency 1,1,1,1,1,1,2,3,4,5 (n = 10): six customers have nothing below them -> 1;
    // frequency 2 has 6 below -> 1 + ⌊5·6/10⌋ = 4; 3 -> 1 + ⌊35/10⌋ = 4; 4 -> 1 + ⌊40/10⌋ = 5; 5 -> 5
    const frequencies = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5];
    const input = rows(...frequencies.map((f): [number, number, number] => [10, f, 10]));
    const result = rfmScores(input);
    expect(result.map((x) => x.f)).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
    // every customer ties on recency and monetary: nobody is below anybody -> 1
    expect(result.every((x) => x.r === 1 && x.m === 1)).toBe(true);
  });

  it('scores recency in reverse: fewer days since the last purchase is better', () => {
    // by hand: days 0, 100, 50 -> customers further back: 2, 0, 1 -> n = 3:
    // 1 + ⌊5·2/3⌋ = 4, 1 + 0 = 1, 1 + ⌊5/3⌋ = 2
    const result = rfmScores(rows([0, 1, 1], [100, 1, 1], [50, 1, 1]));
    expect(result.map((x) => x.r)).toEqual([4, 1, 2]);
  });

  it('uses other bin counts for the scores but quintiles for the segment', () => {
    // bins 3, n = 3 distinct: score = 1 + ⌊3 · below / 3⌋ = below + 1; segment from quintile
    // scores 1 + ⌊5 · below / 3⌋ = 1, 2, 4
    const result = rfmScores(rows([1, 9, 900], [20, 5, 500], [300, 1, 100]), 3);
    expect(result.map((x) => x.score)).toEqual(['333', '222', '111']);
    // quintile scores: 444 -> Loyal, 222 -> Hibernating, 111 -> Lost
    expect(result.map((x) => x.segment)).toEqual(['Loyal', 'Hibernating', 'Lost']);
  });

  it('returns an empty list for no customers and scores one customer as the bottom level', () => {
    expect(rfmScores([])).toEqual([]);
    expect(rfmScores(rows([5, 1, 10]))).toEqual([{ r: 1, f: 1, m: 1, score: '111', segment: 'Lost' }]);
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
