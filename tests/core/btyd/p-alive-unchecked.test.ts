import { describe, expect, it } from 'vitest';
import { pAliveUnchecked } from '../../../src/core/btyd/p-alive-unchecked';

describe('pAliveUnchecked', () => {
  it('computes FHL 2005 eq. 11 without checks', () => {
    // Computed by hand: r = α = a = b = 1, x = 1, tx = 1, T = 2: 1 / (1 + 1 · (3/2)²) = 1/3.25.
    expect(pAliveUnchecked({ r: 1, alpha: 1, a: 1, b: 1 }, 1, 1, 2)).toBeCloseTo(1 / 3.25, 15);
    expect(pAliveUnchecked({ r: 1, alpha: 1, a: 1, b: 1 }, 0, 0, 2)).toBe(1);
  });
});
