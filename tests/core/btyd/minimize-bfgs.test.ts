import { describe, expect, it } from 'vitest';
import { minimizeBfgs } from '../../../src/core/btyd/minimize-bfgs';

describe('minimizeBfgs', () => {
  it('finds the minimum of the Rosenbrock function at (1, 1)', () => {
    // Source: f(x, y) = (1 − x)² + 100 (y − x²)² has its only minimum f = 0 at (1, 1) (Nocedal & Wright, ex. 2.1).
    const rosenbrock = (x: Float64Array, g: Float64Array): number => {
      const [a, b] = x;
      g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
      g[1] = 200 * (b - a * a);
      return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
    };
    const result = minimizeBfgs(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
    expect(result.value).toBeLessThan(1e-12);
  });

  it('minimises a quadratic exactly and does not modify the start', () => {
    // Computed by hand: f = (x − 3)² + 10 (y + 2)² is smallest at (3, −2).
    const start = Object.freeze([0, 0]);
    const result = minimizeBfgs((x, g) => {
      g[0] = 2 * (x[0] - 3);
      g[1] = 20 * (x[1] + 2);
      return (x[0] - 3) ** 2 + 10 * (x[1] + 2) ** 2;
    }, start);
    expect(result.x[0]).toBeCloseTo(3, 8);
    expect(result.x[1]).toBeCloseTo(-2, 8);
    expect(start).toEqual([0, 0]);
  });

  it('backs away from points where the function is not finite', () => {
    // Computed by hand: f = x − ln x on x > 0 (+Infinity elsewhere) has its minimum 1 at x = 1.
    const result = minimizeBfgs(
      (x, g) => {
        if (!(x[0] > 0)) return Number.POSITIVE_INFINITY;
        g[0] = 1 - 1 / x[0];
        return x[0] - Math.log(x[0]);
      },
      [0.01],
    );
    expect(result.x[0]).toBeCloseTo(1, 6);
  });

  it('rejects a start where the function is not finite', () => {
    expect(() => minimizeBfgs(() => Number.NaN, [0])).toThrow(RangeError);
  });
});
