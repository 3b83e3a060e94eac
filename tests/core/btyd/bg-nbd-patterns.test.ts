import { describe, expect, it } from 'vitest';
import { aggregateBgNbdPatterns } from '../../../src/core/btyd/bg-nbd-patterns';
import { loadSummaryColumns } from './cdnow-fixture';

describe('aggregateBgNbdPatterns', () => {
  it('groups identical (x, tx, T) rows and counts them', () => {
    const frequency = Object.freeze([0, 2, 0, 2, 2]);
    const recency = Object.freeze([0, 3.5, 0, 3.5, 1]);
    const T = Object.freeze([10, 10, 10, 10, 10]);
    const patterns = aggregateBgNbdPatterns(frequency, recency, T);
    const rows = Array.from({ length: patterns.count }, (_, k) => [
      patterns.xValues[patterns.xIndex[k]],
      patterns.recencyValues[patterns.recencyIndex[k]],
      patterns.ageValues[patterns.ageIndex[k]],
      patterns.weight[k],
    ]);
    // Computed by hand: (0, 0, 10) twice, (2, 3.5, 10) twice, (2, 1, 10) once.
    expect(rows).toEqual([
      [0, 0, 10, 2],
      [2, 1, 10, 1],
      [2, 3.5, 10, 2],
    ]);
    expect(patterns.customers).toBe(5);
    // Each row's pattern holds its own numbers.
    expect(Array.from(patterns.rowGroup, (g) => patterns.patternOfRowGroup[g])).toEqual([0, 2, 0, 2, 1]);
  });

  it('orders the patterns by (x, tx, T) whatever the order of the rows, reading -0 as 0', () => {
    const frequency = [3, 0, 1, 3, 1, -0];
    const recency = [5.25, 0, 2, 5.25, 2, -0];
    const T = [9.5, 9.5, 7, 8, 9.5, 7];
    const patterns = aggregateBgNbdPatterns(frequency, recency, T);
    const rows = Array.from({ length: patterns.count }, (_, k) => [
      patterns.xValues[patterns.xIndex[k]],
      patterns.recencyValues[patterns.recencyIndex[k]],
      patterns.ageValues[patterns.ageIndex[k]],
      patterns.weight[k],
    ]);
    expect(rows).toEqual([
      [0, 0, 7, 1],
      [0, 0, 9.5, 1],
      [1, 2, 7, 1],
      [1, 2, 9.5, 1],
      [3, 5.25, 8, 1],
      [3, 5.25, 9.5, 1],
    ]);
    expect(Array.from(patterns.rowGroup, (g) => patterns.patternOfRowGroup[g])).toEqual([5, 1, 2, 4, 3, 0]);
  });

  it('keeps every CDNOW customer in exactly one pattern', () => {
    const { frequency, recency, T } = loadSummaryColumns();
    const patterns = aggregateBgNbdPatterns(frequency, recency, T);
    let total = 0;
    for (let k = 0; k < patterns.count; k++) total += patterns.weight[k];
    // Source: cdnow_customers_summary.csv has 2,357 rows (README of the fixtures).
    expect(total).toBe(2357);
    expect(patterns.count).toBeLessThan(2357);
  });

  it('rejects columns of different lengths and names the first invalid row', () => {
    expect(() => aggregateBgNbdPatterns([1], [1, 2], [3])).toThrow(RangeError);
    expect(() => aggregateBgNbdPatterns([1, 2, 1, 2], [1, 9, 1, 9], [5, 5, 5, 5])).toThrow(
      'row 2: recency is greater than T',
    );
    expect(() => aggregateBgNbdPatterns([1, 1, Number.NaN], [1, 1, 0], [5, 5, 5])).toThrow(
      'row 3: frequency is not a finite number',
    );
  });
});
