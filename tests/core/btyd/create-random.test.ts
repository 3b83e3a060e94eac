import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/btyd/create-random';

describe('createRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
  });

  it('gives numbers in [0, 1) with the moments of a uniform distribution', () => {
    const random = createRandom(12345);
    const n = 100_000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const u = random();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      squares += u * u;
    }
    // Source: U(0, 1) has mean 1/2 and E[U²] = 1/3; the standard errors at n = 1e5 are 0.0009 and 0.00095,
    // so 0.005 is more than five of them.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(squares / n - 1 / 3)).toBeLessThan(0.005);
  });

  it('rejects a seed that is not a finite number', () => {
    expect(() => createRandom(Number.NaN)).toThrow(RangeError);
  });
});
