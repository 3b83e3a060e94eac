// Adds a Gaussian shrinkage of the log-parameters to a fit's objective, which tiny data needs.
import type { Differentiable } from './minimize-bfgs';

/**
 * `f` plus weight · Σ θᵢ² with its gradient 2 · weight · θᵢ added: an L2 penalty on the
 * log-parameters (θ = ln r, ln(α / max T), …), which pulls each parameter towards the fits'
 * starting values (r = a = b = s = 1, α = β = the largest T) rather than towards 0 as the L2
 * penalty on the parameters themselves does. That one lets a and b (or s) sink to 0 when the data
 * cannot tell how customers drop out, a degenerate Beta; this one keeps them near 1 instead, a
 * drop-out probability spread evenly over 0…1. A zero weight returns `f` itself.
 * @example withLogPenalty((x, g) => { g[0] = 0; return 0; }, 0.5)(Float64Array.of(2), new Float64Array(1)) // => 2
 */
export function withLogPenalty(f: Differentiable, weight: number): Differentiable {
  if (weight === 0) return f;
  return (theta, gradient) => {
    const value = f(theta, gradient);
    let penalty = 0;
    for (let i = 0; i < theta.length; i++) {
      penalty += theta[i] * theta[i];
      gradient[i] += 2 * weight * theta[i];
    }
    return value + weight * penalty;
  };
}
