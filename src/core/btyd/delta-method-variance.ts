// The delta method: the variance of a smooth function of estimates from its gradient and their covariance.

/**
 * gᵀ Σ g: the first-order variance of f(θ̂) when θ̂ has covariance Σ and g = ∇f(θ̂). O(p²).
 *
 * @example deltaMethodVariance([1, -1], [[4, 1], [1, 9]]) // => 11 (4 − 2·1 + 9)
 */
export function deltaMethodVariance(
  gradient: ArrayLike<number>,
  covariance: readonly ArrayLike<number>[],
): number {
  let sum = 0;
  for (let i = 0; i < gradient.length; i++) {
    if (gradient[i] === 0) continue;
    let row = 0;
    for (let j = 0; j < gradient.length; j++) row += covariance[i][j] * gradient[j];
    sum += gradient[i] * row;
  }
  return sum;
}
