// Tests for the RFM segment grid.

import { describe, expect, it } from 'vitest';
import { RFM_SEGMENTS, type RfmSegment, rfmSegment } from '../../../src/core/metrics/rfm-segment';

describe('rfmSegment', () => {
  // Each row is the documented grid (Putler's table, ranges read as (a, b]) for FM = (F + M) / 2
  // = 1, 1.5, 2, …, 5, worked out by hand from the ranges in rfm-segment.ts.
  const expectedGrid: Record<number, RfmSegment[]> = {
    5: [
      'New',
      'Potential loyalist',
      'Potential loyalist',
      'Potential loyalist',
      'Potential loyalist',
      'Loyal',
      'Loyal',
      'Champions',
      'Champions',
    ],
    4: [
      'Promising',
      'Potential loyalist',
      'Potential loyalist',
      'Potential loyalist',
      'Potential loyalist',
      'Loyal',
      'Loyal',
      'Loyal',
      'Loyal',
    ],
    3: [
      'About to sleep',
      'About to sleep',
      'About to sleep',
      'Need attention',
      'Need attention',
      'Loyal',
      'Loyal',
      'Loyal',
      'Loyal',
    ],
    2: [
      'Lost',
      'Hibernating',
      'Hibernating',
      'At risk',
      'At risk',
      'At risk',
      'At risk',
      'At risk',
      'At risk',
    ],
    1: ['Lost', 'Lost', 'Lost', 'At risk', 'At risk', 'At risk', 'At risk', "Can't lose", "Can't lose"],
  };

  it('follows the documented grid for every combination of scores 1…5', () => {
    for (let r = 1; r <= 5; r++) {
      for (let f = 1; f <= 5; f++) {
        for (let m = 1; m <= 5; m++) {
          const column = f + m - 2; // FM = (f + m) / 2 = 1 + column / 2
          expect(rfmSegment(r, f, m), `R ${r} F ${f} M ${m}`).toBe(expectedGrid[r][column]);
        }
      }
    }
  });

  it('reaches every one of the 11 segment names', () => {
    const reached = new Set<RfmSegment>();
    for (let r = 1; r <= 5; r++) {
      for (let f = 1; f <= 5; f++) {
        for (let m = 1; m <= 5; m++) reached.add(rfmSegment(r, f, m));
      }
    }
    expect([...reached].sort()).toEqual([...RFM_SEGMENTS].sort());
    expect(RFM_SEGMENTS).toEqual([
      'Champions',
      'Loyal',
      'Potential loyalist',
      'New',
      'Promising',
      'Need attention',
      'About to sleep',
      'At risk',
      "Can't lose",
      'Hibernating',
      'Lost',
    ]);
  });

  it('names the typical customers of each segment', () => {
    expect(rfmSegment(5, 5, 5)).toBe('Champions');
    expect(rfmSegment(5, 1, 1)).toBe('New');
    expect(rfmSegment(4, 1, 1)).toBe('Promising');
    expect(rfmSegment(1, 5, 5)).toBe("Can't lose");
    expect(rfmSegment(1, 1, 1)).toBe('Lost');
    // FM = (4 + 5) / 2 = 4.5 lies in (4, 5]
    expect(rfmSegment(5, 4, 5)).toBe('Champions');
    // FM = (3 + 4) / 2 = 3.5 lies in (3, 5] for Loyal but not in (4, 5] for Champions
    expect(rfmSegment(5, 3, 4)).toBe('Loyal');
  });

  it('rejects scores that are not whole numbers from 1 to 5', () => {
    expect(() => rfmSegment(0, 3, 3)).toThrow('recency score must be a whole number from 1 to 5 (got 0)');
    expect(() => rfmSegment(3, 6, 3)).toThrow('frequency score must be a whole number from 1 to 5 (got 6)');
    expect(() => rfmSegment(3, 3, 2.5)).toThrow(
      'monetary score must be a whole number from 1 to 5 (got 2.5)',
    );
    expect(() => rfmSegment(Number.NaN, 3, 3)).toThrow('recency score must be a finite number');
  });
});
