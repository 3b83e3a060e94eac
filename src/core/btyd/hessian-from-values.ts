// The Hessian of a function known only by its values, by second differences.

/**
 * Second differences cost O(h²) in truncation and O(ε/h²) in rounding, so the balanced step is
 * ε^(1/4) ≈ 1.2e-4 times the coordinate's scale; for log-parameters that scale is 1 (a relative
 * change in the parameter), never below |θⱼ|. For the Pareto/NBD likelihood this serves, the
 * standard errors on CDNOW agree with an independent natural-space Hessian to within 1e-5 at this step.
 */
const STEP = Math.sqrt(Math.sqrt(Number.EPSILON));

/**
 * The symmetric matrix H with Hᵢⱼ ≈ ∂²f/∂θᵢ∂θⱼ at `theta`, from values alone:
 *   Hⱼⱼ = (f(θ + hⱼeⱼ) − 2f(θ) + f(θ − hⱼeⱼ)) / hⱼ²,
 *   Hᵢⱼ = (f(θ + hᵢeᵢ + hⱼeⱼ) − f(θ + hᵢeᵢ − hⱼeⱼ) − f(θ − hᵢeᵢ + hⱼeⱼ) + f(θ − hᵢeᵢ − hⱼeⱼ)) / 4hᵢhⱼ,
 * with hⱼ = ε^(1/4) · max(1, |θⱼ|). 1 + 2p + 2p(p − 1) evaluations (33 for p = 4); `theta` is not
 * modified. An entry is NaN when f is not finite at one of its points.
 *
 * @example hessianFromValues((t) => t[0] * t[0] * t[1], [1, 2]) // => [[4, 2], [2, 0]] (to ~1e-7)
 */
export function hessianFromValues(
  f: (theta: ArrayLike<number>) => number,
  theta: ArrayLike<number>,
): number[][] {
  const p = theta.length;
  const step = Array.from(theta, (value) => STEP * Math.max(1, Math.abs(value)));
  const point = Float64Array.from(theta);
  const at = (i: number, di: number, j: number, dj: number): number => {
    point.set(theta as ArrayLike<number>);
    point[i] += di * step[i];
    point[j] += dj * step[j];
    return f(point);
  };
  const centre = f(Float64Array.from(theta));
  const hessian: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < p; i++) {
    // at(i, ±1, i, 0) shifts coordinate i alone.
    hessian[i][i] = (at(i, 1, i, 0) - 2 * centre + at(i, -1, i, 0)) / (step[i] * step[i]);
    for (let j = 0; j < i; j++) {
      const value =
        (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * step[i] * step[j]);
      hessian[i][j] = value;
      hessian[j][i] = value;
    }
  }
  return hessian;
}
