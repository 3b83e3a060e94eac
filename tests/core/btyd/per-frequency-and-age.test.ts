import { describe, expect, it } from 'vitest';
import { perFrequencyAndAge } from '../../../src/core/btyd/per-frequency-and-age';

describe('perFrequencyAndAge', () => {
  it('evaluates once per distinct (x, T) pair and gives every row its value', () => {
    const calls: string[] = [];
    const values = perFrequencyAndAge(
      Object.freeze([0, 2, 0, 2, 1]),
      Object.freeze([5, 5, 5, 7, 5]),
      (x, T) => {
        calls.push(`${x}/${T}`);
        return 10 * x + T;
      },
    );
    expect(Array.from(values)).toEqual([5, 25, 5, 27, 15]);
    expect(calls.sort()).toEqual(['0/5', '1/5', '2/5', '2/7']);
  });

  it('works when the pairs are too many for a dense table', () => {
    const n = 3000;
    const frequency = Array.from({ length: n }, (_, i) => i % 1500);
    const T = Array.from({ length: n }, (_, i) => i + 0.5);
    let calls = 0;
    const values = perFrequencyAndAge(frequency, T, (x, age) => {
      calls++;
      return x + age;
    });
    expect(calls).toBe(n);
    expect(values[2999]).toBe(1499 + 2999.5);
  });

  it('rejects columns of different lengths', () => {
    expect(() => perFrequencyAndAge([1], [1, 2], () => 0)).toThrow(RangeError);
  });
});
