// Cholesky factorisation for the small symmetric positive-definite systems of Newton's method.

/** Outcome of {@link choleskyFactor}: the lower factor, or the first column that had no pivot. */
export type CholeskyResult = { readonly lower: number[][] } | { readonly failedColumn: number };

/**
 * Factorises a symmetric matrix A = L·Lᵀ with L lower triangular (Cholesky–Banachiewicz order).
 * Column j fails when its pivot A_jj − Σ_k L_jk² is at most `relativeTolerance · A_jj`: that
 * ratio is 1 − R² of column j regressed on the columns before it, so a failure means column j
 * is (nearly) a linear combination of them. Runs in O(p³) for a p × p matrix.
 *
 * @param matrix a symmetric p × p matrix (only the lower triangle is read)
 * @param relativeTolerance how small a pivot may be relative to its diagonal entry
 * @returns `{ lower }` on success, else `{ failedColumn }` (0-based)
 */
export function choleskyFactor(
  matrix: readonly (readonly number[])[],
  relativeTolerance = 1e-12,
): CholeskyResult {
  const p = matrix.length;
  const lower: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    let pivot = matrix[j][j];
    for (let k = 0; k < j; k++) pivot -= lower[j][k] * lower[j][k];
    if (!(pivot > relativeTolerance * Math.abs(matrix[j][j])) || !Number.isFinite(pivot)) {
      return { failedColumn: j };
    }
    const diagonal = Math.sqrt(pivot);
    lower[j][j] = diagonal;
    for (let i = j + 1; i < p; i++) {
      let sum = matrix[i][j];
      for (let k = 0; k < j; k++) sum -= lower[i][k] * lower[j][k];
      lower[i][j] = sum / diagonal;
    }
  }
  return { lower };
}

/**
 * Solves A·x = b given the Cholesky factor L of A, by forward then back substitution. Runs in
 * O(p²).
 *
 * @param lower the factor returned by {@link choleskyFactor}
 * @param rhs the right-hand side b, of length p
 */
export function choleskySolve(lower: readonly (readonly number[])[], rhs: readonly number[]): number[] {
  const p = lower.length;
  const y = new Array<number>(p);
  for (let i = 0; i < p; i++) {
    let sum = rhs[i];
    for (let k = 0; k < i; k++) sum -= lower[i][k] * y[k];
    y[i] = sum / lower[i][i];
  }
  const x = new Array<number>(p);
  for (let i = p - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < p; k++) sum -= lower[k][i] * x[k];
    x[i] = sum / lower[i][i];
  }
  return x;
}
