// Unconstrained minimisation of a smooth function with its gradient: BFGS with a strong-Wolfe line search.

/** Writes ∇f(x) into `gradient` and returns f(x); +Infinity or NaN marks a point to avoid. */
export type Differentiable = (x: Float64Array, gradient: Float64Array) => number;

export type BfgsOptions = {
  /** Stop when every |∂f/∂xᵢ| is at most this (default 1e-9). */
  gradientTolerance?: number;
  /** Iteration limit (default 500). */
  maxIterations?: number;
  /** Largest change of any coordinate in one step (default 5), so a poor first model cannot jump far. */
  maxStep?: number;
  /**
   * Relative size of the rounding noise in f (default 1e-13): once a full step is predicted to lower
   * f by less than this × (1 + |f|), no line search could tell the difference, so the search stops.
   */
  valueTolerance?: number;
  /**
   * Starting model of the inverse Hessian (d × d, row-major), such as the one a run on a cheaper
   * approximation of f ended with; default the identity, rescaled after the first step.
   */
  inverseHessian?: ArrayLike<number>;
};

export type BfgsResult = {
  x: Float64Array;
  value: number;
  iterations: number;
  evaluations: number;
  converged: boolean;
  /** The inverse Hessian model at the end, to start a related minimisation with. */
  inverseHessian: Float64Array;
};

const C1 = 1e-4;
const C2 = 0.9;
const MAX_ZOOM = 40;

/**
 * Minimises f from `start` by the BFGS quasi-Newton method (Nocedal & Wright 2006, Algorithm 6.1)
 * with a line search satisfying the strong Wolfe conditions (Algorithms 3.5 and 3.6, c₁ = 1e-4,
 * c₂ = 0.9, interpolating a quadratic inside the bracket). The inverse Hessian starts as the
 * identity scaled by sᵀy / yᵀy after the first step (eq. 6.20) and is reset to the identity whenever
 * it stops giving a descent direction or a line search fails. Non-finite values are treated as
 * +Infinity, so the search backs off from points outside the domain. O(d²) per iteration for d
 * coordinates plus the evaluations of f.
 *
 * Converged means the gradient tolerance was met, or the decrease a full step promises is below the
 * rounding noise of f, or no step could lower f any further while the gradient was already below
 * 1e-5 (the limit of double precision for a flat optimum).
 *
 * Throws RangeError when f is not finite at the start.
 */
export function minimizeBfgs(
  f: Differentiable,
  start: ArrayLike<number>,
  options: BfgsOptions = {},
): BfgsResult {
  const tolerance = options.gradientTolerance ?? 1e-9;
  const maxIterations = options.maxIterations ?? 500;
  const maxStep = options.maxStep ?? 5;
  const valueTolerance = options.valueTolerance ?? 1e-13;
  const d = start.length;
  const x = Float64Array.from(start);
  const g = new Float64Array(d);
  let evaluations = 1;
  let value = f(x, g);
  if (!Number.isFinite(value) || !allFinite(g)) {
    throw new RangeError('the objective is not finite at the starting point');
  }
  const H = identity(d);
  let fresh = true;
  if (options.inverseHessian !== undefined) {
    if (options.inverseHessian.length !== d * d) {
      throw new RangeError(
        `the inverse Hessian must have ${d * d} entries, got ${options.inverseHessian.length}`,
      );
    }
    H.set(options.inverseHessian);
    fresh = false;
  }
  const direction = new Float64Array(d);
  const trial = new Float64Array(d);
  const trialGradient = new Float64Array(d);
  const bestGradient = new Float64Array(d);
  const s = new Float64Array(d);
  const y = new Float64Array(d);
  const Hy = new Float64Array(d);
  let iterations = 0;
  let converged = false;

  while (iterations < maxIterations) {
    if (maxAbs(g) <= tolerance) {
      converged = true;
      break;
    }
    iterations++;
    let slope = 0;
    for (let i = 0; i < d; i++) {
      let sum = 0;
      for (let j = 0; j < d; j++) sum -= H[i * d + j] * g[j];
      direction[i] = sum;
      slope += sum * g[i];
    }
    if (!(slope < 0)) {
      resetIdentity(H, d);
      fresh = true;
      slope = 0;
      for (let i = 0; i < d; i++) {
        direction[i] = -g[i];
        slope -= g[i] * g[i];
      }
    }
    const noise = valueTolerance * (1 + Math.abs(value));
    if (-slope <= noise) {
      converged = true;
      break;
    }
    const longest = maxAbs(direction);
    if (longest > maxStep) {
      const shrink = maxStep / longest;
      for (let i = 0; i < d; i++) direction[i] *= shrink;
      slope *= shrink;
    }

    // Line search along `direction` from x (Nocedal & Wright Algorithm 3.5), keeping the best point.
    const phi = (step: number): { value: number; slope: number } => {
      for (let i = 0; i < d; i++) trial[i] = x[i] + step * direction[i];
      evaluations++;
      let v = f(trial, trialGradient);
      if (!Number.isFinite(v) || !allFinite(trialGradient)) v = Number.POSITIVE_INFINITY;
      let dv = 0;
      for (let i = 0; i < d; i++) dv += trialGradient[i] * direction[i];
      return { value: v, slope: dv };
    };
    let accepted = -1;
    let acceptedValue = value;
    const keep = (step: number, v: number) => {
      accepted = step;
      acceptedValue = v;
      bestGradient.set(trialGradient);
    };
    const zoom = (lo: number, loValue: number, loSlope: number, hi: number, hiValue: number): void => {
      for (let j = 0; j < MAX_ZOOM; j++) {
        const width = hi - lo;
        let next = lo + 0.5 * width;
        if (Number.isFinite(hiValue)) {
          // Minimiser of the quadratic through (lo, loValue) with slope loSlope and (hi, hiValue).
          const curvature = hiValue - loValue - loSlope * width;
          if (curvature > 0) next = lo - (loSlope * width * width) / (2 * curvature);
        }
        const low = Math.min(lo, hi) + 0.1 * Math.abs(width);
        const high = Math.max(lo, hi) - 0.1 * Math.abs(width);
        if (!(next >= low && next <= high)) next = lo + 0.5 * width;
        const at = phi(next);
        if (at.value > value + C1 * next * slope || at.value >= loValue) {
          hi = next;
          hiValue = at.value;
        } else {
          keep(next, at.value);
          if (Math.abs(at.slope) <= -C2 * slope) return;
          if (at.slope * (hi - lo) >= 0) {
            hi = lo;
            hiValue = loValue;
          }
          lo = next;
          loValue = at.value;
          loSlope = at.slope;
        }
        // Steps this short change f by less than its rounding noise: nothing more can be learnt.
        if (Math.abs(hi - lo) * -slope <= noise) return;
      }
    };
    let previousStep = 0;
    let previousValue = value;
    let previousSlope = slope;
    let step = 1;
    for (let attempt = 0; attempt < 60; attempt++) {
      const at = phi(step);
      if (at.value > value + C1 * step * slope || (attempt > 0 && at.value >= previousValue)) {
        zoom(previousStep, previousValue, previousSlope, step, at.value);
        break;
      }
      if (Math.abs(at.slope) <= -C2 * slope) {
        keep(step, at.value);
        break;
      }
      if (at.slope >= 0) {
        keep(step, at.value);
        zoom(step, at.value, at.slope, previousStep, previousValue);
        break;
      }
      keep(step, at.value);
      previousStep = step;
      previousValue = at.value;
      previousSlope = at.slope;
      step *= 2;
    }

    if (accepted <= 0 || !(acceptedValue < value)) {
      if (!fresh) {
        // The quasi-Newton model misled the search: retry along the steepest descent.
        resetIdentity(H, d);
        fresh = true;
        continue;
      }
      converged = maxAbs(g) <= 1e-5;
      break;
    }
    for (let i = 0; i < d; i++) {
      s[i] = accepted * direction[i];
      x[i] += s[i];
      y[i] = bestGradient[i] - g[i];
    }
    g.set(bestGradient);
    value = acceptedValue;
    let sy = 0;
    let yy = 0;
    for (let i = 0; i < d; i++) {
      sy += s[i] * y[i];
      yy += y[i] * y[i];
    }
    if (!(sy > 1e-300)) continue;
    if (fresh) {
      resetIdentity(H, d, sy / yy);
      fresh = false;
    }
    // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, expanded (Nocedal & Wright eq. 6.17).
    const rho = 1 / sy;
    let yHy = 0;
    for (let i = 0; i < d; i++) {
      let sum = 0;
      for (let j = 0; j < d; j++) sum += H[i * d + j] * y[j];
      Hy[i] = sum;
      yHy += y[i] * sum;
    }
    const factor = rho * rho * yHy + rho;
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < d; j++) {
        H[i * d + j] += factor * s[i] * s[j] - rho * (Hy[i] * s[j] + s[i] * Hy[j]);
      }
    }
  }
  return { x, value, iterations, evaluations, converged, inverseHessian: H };
}

function identity(d: number): Float64Array {
  const H = new Float64Array(d * d);
  resetIdentity(H, d);
  return H;
}

function resetIdentity(H: Float64Array, d: number, diagonal = 1): void {
  H.fill(0);
  for (let i = 0; i < d; i++) H[i * d + i] = diagonal;
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) {
    const a = Math.abs(v[i]);
    if (a > m) m = a;
  }
  return m;
}

function allFinite(v: Float64Array): boolean {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return false;
  return true;
}
