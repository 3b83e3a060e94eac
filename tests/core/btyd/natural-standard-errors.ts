// Standard errors computed the plain way for the tests: second differences of a log-likelihood's values in natural parameters, inverted by Gauss-Jordan.

/**
 * √diag((−∇² ln L)⁻¹) at `params`, with the Hessian of `logLikelihood` taken in the natural
 * parameters themselves (no log-parameters, no gradient) by second differences with a relative
 * step of `relativeStep` (default 1e-3) per parameter, and inverted by Gauss-Jordan elimination with partial pivoting: an
 * independent route to the quantity the covariance functions compute.
 */
export function naturalStandardErrors(
  logLikelihood: (params: number[]) => number,
  params: readonly number[],
  relativeStep = 1e-3,
): { standardErrors: number[]; covariance: number[][] } {
  const p = params.length;
  const h = params.map((value) => relativeStep * value);
  const f = (shift: number[]) => -logLikelihood(params.map((value, i) => value + shift[i]));
  const unit = (i: number, s: number) => Array.from({ length: p }, (_, k) => (k === i ? s * h[i] : 0));
  const add = (u: number[], v: number[]) => u.map((value, k) => value + v[k]);
  const centre = f(new Array(p).fill(0));
  const hessian = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < p; i++) {
    hessian[i][i] = (f(unit(i, 1)) - 2 * centre + f(unit(i, -1))) / (h[i] * h[i]);
    for (let j = 0; j < i; j++) {
      const value =
        (f(add(unit(i, 1), unit(j, 1))) -
          f(add(unit(i, 1), unit(j, -1))) -
          f(add(unit(i, -1), unit(j, 1))) +
          f(add(unit(i, -1), unit(j, -1)))) /
        (4 * h[i] * h[j]);
      hessian[i][j] = value;
      hessian[j][i] = value;
    }
  }
  const covariance = gaussJordanInverse(hessian);
  return { standardErrors: covariance.map((row, i) => Math.sqrt(row[i])), covariance };
}

function gaussJordanInverse(matrix: number[][]): number[][] {
  const p = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({ length: p }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < p; col++) {
    let pivot = col;
    for (let row = col + 1; row < p; row++) if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    const lead = a[col][col];
    for (let k = 0; k < 2 * p; k++) a[col][k] /= lead;
    for (let row = 0; row < p; row++) {
      if (row === col) continue;
      const factor = a[row][col];
      for (let k = 0; k < 2 * p; k++) a[row][k] -= factor * a[col][k];
    }
  }
  return a.map((row) => row.slice(p));
}
