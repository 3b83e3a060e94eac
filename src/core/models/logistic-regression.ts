// Churn model: logistic regression fitted by iteratively reweighted least squares (Newton's method).

import { requireFinite } from '../metrics/require-finite';
import { choleskyFactor, choleskySolve } from './cholesky';
import { SeparationError } from './separation-error';

export { predictChurnProbability } from './predict-churn-probability';
export { SeparationError } from './separation-error';

/** A fitted logistic regression. */
export interface LogisticModel {
  /** Intercept first, then one coefficient per feature, on the original feature scale. */
  readonly coefficients: number[];
  /** The same fit on the standardised features z = (x − mean) / sd, as the algorithm saw them. */
  readonly standardized: {
    readonly means: number[];
    readonly sds: number[];
    /** Intercept first, then one per standardised feature. */
    readonly coefficients: number[];
  };
  /** Newton iterations taken. */
  readonly iterations: number;
  /** Whether the convergence test was met within the allowed iterations. */
  readonly converged: boolean;
  /** Σ y·log p + (1 − y)·log(1 − p) at the fitted coefficients. */
  readonly logLikelihood: number;
}

export interface LogisticOptions {
  /** Most Newton iterations to take (default 100). */
  readonly maxIterations?: number;
  /** Convergence threshold on the relative change of the deviance (default 1e-10). */
  readonly tolerance?: number;
}

/** A fitted probability this close to 0 or 1 (|logit| > 15) prompts a check for separation. */
const EXTREME_LOGIT = 15;
/** A window of recent iterations over which the drift of the coefficients is measured. */
const DRIFT_WINDOW = 3;

/**
 * Fits P(churn) = 1 / (1 + e^−(β₀ + β·x)) by maximum likelihood.
 *
 * Method: the features are standardised (z = (x − mean) / sd, sd with divisor n) so that one
 * tolerance suits every scale; Newton's method (equivalently iteratively reweighted least
 * squares) starts from the intercept-only fit and solves (ZᵀWZ)·δ = Zᵀ(y − p) by Cholesky at
 * each step, halving the step until the log-likelihood does not fall. It stops when the
 * deviance −2·LL changes by less than tolerance · (|deviance| + 0.1), the test R's glm uses.
 * The coefficients are then mapped back to the original scale: βⱼ = bⱼ / sdⱼ and
 * β₀ = b₀ − Σ bⱼ·meanⱼ / sdⱼ.
 *
 * Separation (Albert & Anderson 1984) is reported instead of returning coefficients that grow
 * without bound, and every report rests on a verified separating direction, never on a
 * threshold alone: (1) each feature is checked on its own (every churned customer on one side
 * of a value, every retained one on the other; ties at the value make it quasi-complete);
 * (2) if the final coefficients put every customer strictly on their own side, that line
 * itself proves complete separation; (3) if the fit ends with fitted probabilities within ~3e-7
 * of 0 or 1, or does not converge, the drift of the coefficients over recent iterations is
 * taken as a candidate direction, projected so that the customers near its boundary lie exactly
 * on it, and accepted only if every other customer is then strictly on their own side. Where
 * the information matrix is numerically singular (customers fitted almost exactly carry no
 * weight) the Newton step is damped (Levenberg–Marquardt) rather than abandoned. A fit that does
 * not converge without evidence of separation is returned with `converged: false`; the checks
 * cannot miss a complete separation the fit has run into, but a quasi-complete one that the
 * iterations have not exposed would come back as finite (large) coefficients, never NaN.
 * Runs in O(iterations · n · p²).
 *
 * @param features one row per customer, one column per feature (finite numbers, ≥ 1 column)
 * @param labels 1 for churned, 0 for retained, one per row
 * @param options iteration limit and tolerance
 * @throws {SeparationError} when churned and retained customers are (quasi-)completely separated,
 *   naming the feature(s), e.g. "perfect separation: feature 2 separates churned from retained
 *   customers …".
 * @throws {Error} for invalid input: no rows, ragged rows, non-finite values, labels other than
 *   0/1, only one class present, a constant feature ("feature 2 is constant …") or a feature that
 *   is a linear combination of the ones before it.
 * @example
 * // Hours of study and exam result (the example of Wikipedia's "Logistic regression" article)
 * const hours = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 1.75, 2, 2.25, 2.5, 2.75, 3, 3.25, 3.5, 4, 4.25, 4.5, 4.75, 5, 5.5];
 * const passed = [0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1];
 * fitLogisticRegression(hours.map((h) => [h]), passed).coefficients; // => [-4.0777, 1.5046]
 */
export function fitLogisticRegression(
  features: readonly (readonly number[])[],
  labels: readonly number[],
  options: LogisticOptions = {},
): LogisticModel {
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-10;
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new Error(`maxIterations must be a whole number ≥ 1 (got ${maxIterations})`);
  }
  if (!(typeof tolerance === 'number' && tolerance > 0 && Number.isFinite(tolerance))) {
    throw new Error(`tolerance must be a positive number (got ${tolerance})`);
  }
  const { n, p } = validate(features, labels);
  checkSingleFeatureSeparation(features, labels, p);

  const { means, sds } = standardization(features, n, p);
  // Design matrix on the standardised scale, intercept column first.
  const z: number[][] = features.map((row) => [1, ...row.map((x, j) => (x - means[j]) / sds[j])]);
  checkCollinearity(z);

  const churned = labels.reduce((sum, y) => sum + y, 0);
  let beta = new Array<number>(p + 1).fill(0);
  beta[0] = Math.log(churned / (n - churned));
  let logLik = logLikelihood(z, labels, beta);
  const history: number[][] = [beta];
  let converged = false;
  let stalled = false;
  let iterations = 0;

  while (iterations < maxIterations) {
    iterations++;
    const { gradient, hessian } = scoreAndInformation(z, labels, beta);
    const lower = dampedFactor(hessian);
    if (lower === null) {
      stalled = true;
      break;
    }
    const delta = choleskySolve(lower, gradient);
    let step = 1;
    let candidate = beta;
    let candidateLogLik = logLik;
    let improved = false;
    for (let halving = 0; halving < 50; halving++) {
      const trial = beta.map((b, j) => b + step * delta[j]);
      const trialLogLik = logLikelihood(z, labels, trial);
      if (trialLogLik >= logLik) {
        candidate = trial;
        candidateLogLik = trialLogLik;
        improved = true;
        break;
      }
      step /= 2;
    }
    if (!improved) {
      // No step along the Newton direction raises the likelihood: we are at the optimum to
      // machine precision.
      converged = true;
      break;
    }
    const deviance = -2 * candidateLogLik;
    const change = Math.abs(deviance + 2 * logLik);
    beta = candidate;
    logLik = candidateLogLik;
    history.push(beta);
    if (change < tolerance * (Math.abs(deviance) + 0.1)) {
      converged = true;
      break;
    }
  }

  // A line that puts every customer strictly on their own side proves complete separation
  // whatever the iterations did, so this check runs on every fit.
  const finalMargins = signedMargins(z, labels, beta);
  if (finalMargins.every((margin) => margin > 0)) throw separationAlong(beta, true);
  let maxLogit = 0;
  for (const row of z) maxLogit = Math.max(maxLogit, Math.abs(dot(row, beta)));
  if (!converged || stalled || maxLogit > EXTREME_LOGIT) {
    checkDriftSeparation(z, labels, history);
    if (stalled) {
      throw new Error(
        'logistic regression failed: the information matrix became singular, so the features ' +
          'are (nearly) collinear among the customers that are not yet fitted exactly',
      );
    }
  }

  const coefficients = new Array<number>(p + 1);
  coefficients[0] = beta[0];
  for (let j = 0; j < p; j++) {
    coefficients[j + 1] = beta[j + 1] / sds[j];
    coefficients[0] -= (beta[j + 1] * means[j]) / sds[j];
  }
  return {
    coefficients,
    standardized: { means, sds, coefficients: [...beta] },
    iterations,
    converged,
    logLikelihood: logLik,
  };
}

function validate(
  features: readonly (readonly number[])[],
  labels: readonly number[],
): { n: number; p: number } {
  const n = features.length;
  if (n === 0) throw new Error('logistic regression needs at least one customer');
  if (labels.length !== n) {
    throw new Error(`there are ${n} feature rows but ${labels.length} labels; give one label per row`);
  }
  const p = features[0].length;
  if (p === 0) throw new Error('logistic regression needs at least one feature column');
  let churned = 0;
  for (let i = 0; i < n; i++) {
    const row = features[i];
    if (row.length !== p) {
      throw new Error(`row ${i + 1} has ${row.length} features but row 1 has ${p}`);
    }
    for (let j = 0; j < p; j++) requireFinite(row[j], `row ${i + 1}, feature ${j + 1}`);
    const y = labels[i];
    if (y !== 0 && y !== 1) {
      throw new Error(`label ${i + 1} must be 1 (churned) or 0 (retained) (got ${String(y)})`);
    }
    churned += y;
  }
  if (churned === 0 || churned === n) {
    const which = churned === 0 ? 'retained' : 'churned';
    throw new Error(`every customer is ${which}: a churn model needs both churned and retained customers`);
  }
  return { n, p };
}

/** Exact check of each feature on its own (complete or quasi-complete separation). */
function checkSingleFeatureSeparation(
  features: readonly (readonly number[])[],
  labels: readonly number[],
  p: number,
): void {
  for (let j = 0; j < p; j++) {
    let min0 = Number.POSITIVE_INFINITY;
    let max0 = Number.NEGATIVE_INFINITY;
    let min1 = Number.POSITIVE_INFINITY;
    let max1 = Number.NEGATIVE_INFINITY;
    features.forEach((row, i) => {
      const x = row[j];
      if (labels[i] === 1) {
        min1 = Math.min(min1, x);
        max1 = Math.max(max1, x);
      } else {
        min0 = Math.min(min0, x);
        max0 = Math.max(max0, x);
      }
    });
    // A constant feature satisfies both inequalities with equality; it is reported as constant later.
    if (min0 === max0 && min1 === max1 && min0 === min1) continue;
    const feature = j + 1;
    if (max0 <= min1) {
      throw separation(
        feature,
        max0 < min1,
        `every churned customer has feature ${feature} ≥ ${min1} and every retained one ≤ ${max0}`,
      );
    }
    if (max1 <= min0) {
      throw separation(
        feature,
        max1 < min0,
        `every churned customer has feature ${feature} ≤ ${max1} and every retained one ≥ ${min0}`,
      );
    }
  }
}

function separation(feature: number, complete: boolean, detail: string): SeparationError {
  const kind = complete ? 'complete' : 'quasi-complete';
  const what = complete ? 'perfect separation' : 'quasi-complete separation';
  return new SeparationError(
    `${what}: feature ${feature} separates churned from retained customers (${detail}), so its ` +
      'coefficient has no finite estimate; remove it or add customers who break the pattern',
    kind,
    [feature],
  );
}

function standardization(
  features: readonly (readonly number[])[],
  n: number,
  p: number,
): { means: number[]; sds: number[] } {
  const means = new Array<number>(p).fill(0);
  const sds = new Array<number>(p).fill(0);
  for (const row of features) for (let j = 0; j < p; j++) means[j] += row[j];
  for (let j = 0; j < p; j++) means[j] /= n;
  for (const row of features) for (let j = 0; j < p; j++) sds[j] += (row[j] - means[j]) ** 2;
  for (let j = 0; j < p; j++) {
    sds[j] = Math.sqrt(sds[j] / n);
    // Relative test: a column of equal values can leave a rounding residue around its mean.
    if (!(sds[j] > 1e-12 * Math.max(1, Math.abs(means[j])))) {
      throw new Error(
        `feature ${j + 1} is constant (every customer has ${features[0][j]}), so it cannot explain churn; remove it`,
      );
    }
  }
  return { means, sds };
}

function checkCollinearity(z: readonly (readonly number[])[]): void {
  const crossProduct = gram(z, null);
  const factor = choleskyFactor(crossProduct, 1e-10);
  if ('failedColumn' in factor) {
    throw new Error(
      `feature ${factor.failedColumn} is a linear combination of the features before it (collinear), ` +
        'so its effect cannot be told apart from theirs; remove it',
    );
  }
}

/**
 * Cholesky factor of the information matrix, damped when needed. Customers fitted almost exactly
 * get weights p(1 − p) near 0, which can leave ZᵀWZ numerically singular even though the
 * likelihood has a maximum; adding λ·diag (Levenberg–Marquardt) still gives an ascent direction,
 * and the step halving keeps every step uphill. Null when even heavy damping fails.
 */
function dampedFactor(hessian: readonly (readonly number[])[]): number[][] | null {
  const first = choleskyFactor(hessian);
  if ('lower' in first) return first.lower;
  const q = hessian.length;
  let largestDiagonal = 0;
  for (let j = 0; j < q; j++) largestDiagonal = Math.max(largestDiagonal, hessian[j][j]);
  if (!(largestDiagonal > 0)) return null;
  for (const lambda of [1e-10, 1e-8, 1e-6, 1e-4, 1e-2, 1]) {
    const damped = hessian.map((row, a) =>
      row.map((value, b) => (a === b ? value + lambda * Math.max(value, largestDiagonal * 1e-12) : value)),
    );
    const factor = choleskyFactor(damped);
    if ('lower' in factor) return factor.lower;
  }
  return null;
}

/** ZᵀWZ, with W = I when weights is null. */
function gram(z: readonly (readonly number[])[], weights: readonly number[] | null): number[][] {
  const q = z[0].length;
  const result = Array.from({ length: q }, () => new Array<number>(q).fill(0));
  z.forEach((row, i) => {
    const w = weights === null ? 1 : weights[i];
    for (let a = 0; a < q; a++) {
      const wa = w * row[a];
      for (let b = 0; b <= a; b++) result[a][b] += wa * row[b];
    }
  });
  for (let a = 0; a < q; a++) for (let b = a + 1; b < q; b++) result[a][b] = result[b][a];
  return result;
}

function scoreAndInformation(
  z: readonly (readonly number[])[],
  labels: readonly number[],
  beta: readonly number[],
): { gradient: number[]; hessian: number[][] } {
  const gradient = new Array<number>(beta.length).fill(0);
  const weights = z.map((row, i) => {
    const probability = logistic(dot(row, beta));
    const residual = labels[i] - probability;
    for (let j = 0; j < row.length; j++) gradient[j] += row[j] * residual;
    return probability * (1 - probability);
  });
  return { gradient, hessian: gram(z, weights) };
}

function logLikelihood(
  z: readonly (readonly number[])[],
  labels: readonly number[],
  beta: readonly number[],
): number {
  let total = 0;
  z.forEach((row, i) => {
    const eta = dot(row, beta);
    // log p = −softplus(−η) and log(1 − p) = −softplus(η), which stay finite for any η.
    total -= labels[i] === 1 ? softplus(-eta) : softplus(eta);
  });
  return total;
}

/** (2yᵢ − 1)·zᵢ·d: positive when customer i lies on their own class's side of direction d. */
function signedMargins(
  z: readonly (readonly number[])[],
  labels: readonly number[],
  direction: readonly number[],
): number[] {
  return z.map((row, i) => (labels[i] === 1 ? 1 : -1) * dot(row, direction));
}

/**
 * Looks for quasi-complete separation along the drift d of the coefficients over the last
 * iterations: on separated data the coefficients run off along a separating direction while the
 * customers on the boundary keep finite fitted values. The candidate is verified, not trusted:
 * the customers whose margin is near 0 (or below) are taken as the boundary set B, d is
 * projected so that zᵢ·d = 0 exactly for i in B, and the projected direction must put every other
 * customer strictly on their own side. That is a separating direction by definition, so a
 * reported separation is always real; several thresholds for "near 0" are tried.
 */
function checkDriftSeparation(
  z: readonly (readonly number[])[],
  labels: readonly number[],
  history: readonly (readonly number[])[],
): void {
  const k = history.length - 1;
  if (k < 1) return;
  const last = history[k];
  // Short windows follow the latest direction; long ones average out the small, noisy steps a
  // fit takes once the likelihood has flattened.
  const starts = [...new Set([k - 1, k - DRIFT_WINDOW, Math.floor(k / 2), 0].filter((i) => i >= 0))];
  for (const start of starts) {
    const drift = last.map((b, j) => b - history[start][j]);
    const margins = signedMargins(z, labels, drift);
    let scale = 0;
    for (const m of margins) scale = Math.max(scale, Math.abs(m));
    // A converged fit moves by far less than one unit of log-odds over a few iterations.
    if (!(scale > 1)) continue;
    for (const threshold of [1e-8, 1e-6, 1e-4, 1e-2]) {
      const boundary = margins.flatMap((m, i) => (m <= threshold * scale ? [i] : []));
      if (boundary.length === z.length) continue;
      const direction = projectOut(
        drift,
        boundary.map((i) => z[i]),
      );
      if (direction === null) continue;
      const projected = signedMargins(z, labels, direction);
      let projectedScale = 0;
      for (const m of projected) projectedScale = Math.max(projectedScale, Math.abs(m));
      const onBoundary = new Set(boundary);
      const verified = projected.every((m, i) =>
        onBoundary.has(i) ? Math.abs(m) <= 1e-9 * projectedScale : m > 1e-9 * projectedScale,
      );
      if (verified) throw separationAlong(direction, boundary.length === 0);
    }
  }
}

/**
 * d minus its projection on the span of the given rows (modified Gram–Schmidt), so that
 * row·result = 0 for each row; null when nothing of d is left.
 */
function projectOut(d: readonly number[], rows: readonly (readonly number[])[]): number[] | null {
  const basis: number[][] = [];
  for (const row of rows) {
    const v = [...row];
    const norm = Math.sqrt(dot(v, v));
    for (const u of basis) {
      const c = dot(v, u);
      for (let j = 0; j < v.length; j++) v[j] -= c * u[j];
    }
    const residual = Math.sqrt(dot(v, v));
    if (residual > 1e-10 * norm) basis.push(v.map((x) => x / residual));
    if (basis.length === d.length) return null;
  }
  const result = [...d];
  // Twice, so that rounding left by the first pass is removed too.
  for (let pass = 0; pass < 2; pass++) {
    for (const u of basis) {
      const c = dot(result, u);
      for (let j = 0; j < result.length; j++) result[j] -= c * u[j];
    }
  }
  const before = Math.sqrt(dot(d, d));
  return Math.sqrt(dot(result, result)) > 1e-8 * before ? result : null;
}

/** The error for a separating direction d (intercept first, standardised scale). */
function separationAlong(direction: readonly number[], complete: boolean): SeparationError {
  const slopes = direction.slice(1).map(Math.abs);
  const largest = Math.max(...slopes);
  const involved = slopes.flatMap((size, j) => (size > 1e-3 * largest ? [j + 1] : []));
  const names = involved.length === 1 ? `feature ${involved[0]}` : `features ${joinList(involved)} together`;
  const what = complete ? 'perfect separation' : 'quasi-complete separation';
  return new SeparationError(
    `${what}: ${names} ${involved.length === 1 ? 'separates' : 'separate'} churned from retained customers` +
      `${complete ? '' : ' (apart from customers on the boundary)'}, so the coefficients have no finite ` +
      'estimate; remove a feature or add customers who break the pattern',
    complete ? 'complete' : 'quasi-complete',
    involved,
  );
}

function joinList(items: readonly number[]): string {
  return items.length <= 2
    ? items.join(' and ')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += a[j] * b[j];
  return sum;
}

function logistic(eta: number): number {
  if (eta >= 0) return 1 / (1 + Math.exp(-eta));
  const e = Math.exp(eta);
  return e / (1 + e);
}

function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}
