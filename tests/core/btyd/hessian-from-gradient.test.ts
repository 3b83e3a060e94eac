import { describe, expect, it } from 'vitest';
import { hessianFromGradient } from '../../../src/core/btyd/hessian-from-gradient';

describe('hessianFromGradient', () => {
  it('recovers the Hessian of a smooth function from its gradient', () => {
    // f = x² y + e^y + 3xy: ∂²f/∂x² = 2y, ∂²f/∂x∂y = 2x + 3, ∂²f/∂y² = e^y, by hand.
    const f = (t: Float64Array, g: Float64Array) => {
      g[0] = 2 * t[0] * t[1] + 3 * t[1];
      g[1] = t[0] * t[0] + Math.exp(t[1]) + 3 * t[0];
      return t[0] * t[0] * t[1] + Math.exp(t[1]) + 3 * t[0] * t[1];
    };
    const theta = Object.freeze([1.5, -0.5]);
    const h = hessianFromGradient(f, theta);
    expect(h[0][0]).toBeCloseTo(-1, 8);
    expect(h[0][1]).toBeCloseTo(6, 8);
    expect(h[1][0]).toBe(h[0][1]);
    expect(h[1][1]).toBeCloseTo(Math.exp(-0.5), 8);
    expect(theta).toEqual([1.5, -0.5]);
  });

  it('scales the step with large coordinates so it still resolves the curvature', () => {
    // f = (x − 1e6)²: a fixed step of 6e-6 would be lost in the rounding of 1e6.
    const f = (t: Float64Array, g: Float64Array) => {
      g[0] = 2 * (t[0] - 1e6);
      return (t[0] - 1e6) ** 2;
    };
    expect(hessianFromGradient(f, [1e6])[0][0]).toBeCloseTo(2, 6);
  });

  it('gives NaN where the function is not finite at a shifted point', () => {
    const f = (t: Float64Array, g: Float64Array) => {
      g[0] = 1;
      return t[0] > 0 ? t[0] : Number.POSITIVE_INFINITY;
    };
    expect(hessianFromGradient(f, [0])[0][0]).toBeNaN();
  });
});
