import { describe, expect, it } from 'vitest';
import { logBeta } from '../../../src/core/btyd/log-beta';

describe('logBeta', () => {
  it('matches closed forms of the beta function', () => {
    // Source: B(2, 3) = 1!·2!/4! = 1/12; B(1/2, 1/2) = π; B(1, b) = 1/b.
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 14);
    expect(logBeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 14);
    expect(logBeta(1, 250)).toBeCloseTo(-Math.log(250), 12);
  });

  it('is symmetric', () => {
    expect(logBeta(0.79, 2.43)).toBe(logBeta(2.43, 0.79));
  });

  it('rejects arguments that are not positive', () => {
    expect(() => logBeta(0, 1)).toThrow(RangeError);
    expect(() => logBeta(1, -1)).toThrow(RangeError);
  });
});
