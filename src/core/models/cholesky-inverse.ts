// Inverts a small symmetric positive-definite matrix through its Cholesky factor, or says it is not one.
import { choleskyFactor } from './cholesky';

/** Outcome of {@link choleskyInverse}: the inverse, or the first column that had no pivot. */
export type CholeskyInverseResult = { readonly inverse: number[][] } | { readonly failedColumn: number };

/**
 * A⁻¹ for a symmetric positive-definite p × p matrix A, from A = L·Lᵀ: A⁻¹ = L⁻ᵀ·L⁻¹, with L⁻¹
 * found by forward substitution column by column. The result is exactly symmetric (only its lower
 * triangle is computed, then mirrored). When A is not positive definite (a pivot at most 1e-12 of
 * its diagonal entry, see choleskyFactor) the first such column is returned instead, so a caller can
 * name the parameter. O(p³); meant for the 3 × 3 and 4 × 4 information matrices of the model fits.
 *
 * @example choleskyInverse([[4, 2], [2, 3]]) // => { inverse: [[0.375, -0.25], [-0.25, 0.5]] }
 */
export function choleskyInverse(matrix: readonly (readonly number[])[]): CholeskyInverseResult {
  const factor = choleskyFactor(matrix);
  if (!('lower' in factor)) return factor;
  const lower = factor.lower;
  const p = lower.length;
  // inverseLower = L⁻¹, lower triangular.
  const inverseLower: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    inverseLower[j][j] = 1 / lower[j][j];
    for (let i = j + 1; i < p; i++) {
      let sum = 0;
      for (let k = j; k < i; k++) sum -= lower[i][k] * inverseLower[k][j];
      inverseLower[i][j] = sum / lower[i][i];
    }
  }
  const inverse: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      // (L⁻ᵀ L⁻¹)_ij = Σ_k (L⁻¹)_ki (L⁻¹)_kj over k ≥ max(i, j) = i.
      let sum = 0;
      for (let k = i; k < p; k++) sum += inverseLower[k][i] * inverseLower[k][j];
      inverse[i][j] = sum;
      inverse[j][i] = sum;
    }
  }
  return { inverse };
}
