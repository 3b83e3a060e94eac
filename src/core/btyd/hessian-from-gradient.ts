// The Hessian of a function with an analytic gradient, by central differences of that gradient.

/** A function that returns its value and writes its gradient, as the fits' objectives do. */
export type GradientFunction = (theta: Float64Array, gradient: Float64Array) => number;

/**
 * Central differences cost O(h²) in truncation and O(ε/h) in rounding, so the balanced step is
 * ε^(1/3) ≈ 6e-6 times the coordinate's scale (Nocedal & Wright 2006, §8.1). The coordinates are
 * log-parameters, whose natural scale is 1 (a step of h is a relative change of h in the parameter),
 * but never smaller than |θⱼ| allows: θⱼ + h must differ from θⱼ by more than its own rounding.
 */
const STEP = Math.cbrt(Number.EPSILON);

/**
 * The symmetric matrix H with Hᵢⱼ ≈ ∂²f/∂θᵢ∂θⱼ at `theta`: column j is
 * (∇f(θ + hⱼeⱼ) − ∇f(θ − hⱼeⱼ)) / 2hⱼ with hⱼ = ε^(1/3) · max(1, |θⱼ|), and H is then averaged
 * with its transpose. 2p gradient evaluations; `theta` is not modified. NaN entries when f is not
 * finite at a shifted point (the caller reports it).
 *
 * @example hessianFromGradient((t, g) => { g[0] = 6 * t[0]; return 3 * t[0] ** 2; }, [1]) // => [[6]] (to ~1e-10)
 */
export function hessianFromGradient(f: GradientFunction, theta: ArrayLike<number>): number[][] {
  const p = theta.length;
  const shifted = Float64Array.from(theta);
  const up = new Float64Array(p);
  const down = new Float64Array(p);
  const columns: number[][] = [];
  for (let j = 0; j < p; j++) {
    const h = STEP * Math.max(1, Math.abs(theta[j]));
    shifted[j] = theta[j] + h;
    const upValue = f(shifted, up);
    shifted[j] = theta[j] - h;
    const downValue = f(shifted, down);
    shifted[j] = theta[j];
    const finite = Number.isFinite(upValue) && Number.isFinite(downValue);
    columns.push(Array.from({ length: p }, (_, i) => (finite ? (up[i] - down[i]) / (2 * h) : Number.NaN)));
  }
  return columns.map((column, j) => column.map((value, i) => (value + columns[i][j]) / 2));
}
