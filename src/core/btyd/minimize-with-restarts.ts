// BFGS restarted from its own answer until a restart barely moves, as the model fits need.
import { type BfgsOptions, type Differentiable, minimizeBfgs } from './minimize-bfgs';

/** Restarts after the first run; the fits have never needed more than two to settle. */
const RESTARTS = 3;
/** A restart that moves no coordinate by more than this confirms the optimum. */
const SETTLED = 1e-6;

/** For analytic gradients (BG/NBD, Gamma-Gamma), which can be driven to 1e-9. */
export const ANALYTIC_GRADIENTS: BfgsOptions = { gradientTolerance: 1e-9, maxIterations: 1000 };

export type RestartedResult = { x: Float64Array; iterations: number; converged: boolean };

/**
 * Minimises `f` from `start` with BFGS, then restarts it from where it stopped (a fresh inverse
 * Hessian) up to three times. One BFGS run can stop early on a flat ridge or with a poor curvature
 * model; a restart that moves less than 1e-6 in every coordinate confirms the optimum, and the first
 * run always gets one. The default options suit analytic gradients. `iterations` is the total over the runs, `converged` that of the last run.
 * @example minimizeWithRestarts((x, g) => { g[0] = 2 * (x[0] - 3); return (x[0] - 3) ** 2; }, [0], {}).x[0] // => 3
 */
export function minimizeWithRestarts(
  f: Differentiable,
  start: ArrayLike<number>,
  options: BfgsOptions = ANALYTIC_GRADIENTS,
): RestartedResult {
  let x: Float64Array = Float64Array.from(start);
  let iterations = 0;
  let converged = false;
  // Only the first run may start from a given curvature model; a restart starts afresh.
  const { inverseHessian: _, ...restartOptions } = options;
  for (let round = 0; round <= RESTARTS; round++) {
    const result = minimizeBfgs(f, x, round === 0 ? options : restartOptions);
    iterations += result.iterations;
    converged = result.converged;
    let moved = 0;
    for (let i = 0; i < x.length; i++) moved = Math.max(moved, Math.abs(result.x[i] - x[i]));
    x = result.x;
    if (round > 0 && moved < SETTLED) break;
  }
  return { x, iterations, converged };
}
