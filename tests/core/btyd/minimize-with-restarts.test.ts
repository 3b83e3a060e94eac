import { describe, expect, it } from 'vitest';
import type { Differentiable } from '../../../src/core/btyd/minimize-bfgs';
import { minimizeBfgs } from '../../../src/core/btyd/minimize-bfgs';
import { minimizeWithRestarts } from '../../../src/core/btyd/minimize-with-restarts';

/** Rosenbrock's banana, minimum 0 at (1, 1): a curved valley a single BFGS run may stop short in. */
const rosenbrock: Differentiable = (x, g) => {
  const [a, b] = [x[0], x[1]];
  g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
  g[1] = 200 * (b - a * a);
  return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
};

describe('minimizeWithRestarts', () => {
  it('finds the minimum and counts the iterations of every run', () => {
    const start = Object.freeze([-1.2, 1]);
    const once = minimizeBfgs(rosenbrock, start, { maxIterations: 1000 });
    const result = minimizeWithRestarts(rosenbrock, start, { maxIterations: 1000 });
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
    expect(result.converged).toBe(true);
    // The first run is the same run; at least one confirming restart follows it.
    expect(result.iterations).toBeGreaterThan(once.iterations);
    expect(start).toEqual([-1.2, 1]);
  });

  it('stops after the confirming restart when the first run already settled', () => {
    const bowl: Differentiable = (x, g) => {
      g[0] = 2 * (x[0] - 3);
      return (x[0] - 3) ** 2;
    };
    const result = minimizeWithRestarts(bowl, [0], {});
    expect(result.x[0]).toBeCloseTo(3, 9);
    expect(result.iterations).toBeLessThanOrEqual(3);
  });
});
