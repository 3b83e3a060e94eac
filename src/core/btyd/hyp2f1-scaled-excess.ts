// The Gauss hypergeometric series without its leading 1, scaled so that it stays finite when b or c is 0.

// Terms are rescaled by this factor when they grow past it, so large intermediate sums cannot overflow.
const RESCALE_ABOVE = 1e280;
const LOG_RESCALE = Math.log(RESCALE_ABOVE);
const RELATIVE_TOLERANCE = 1e-16;
// About 10 ms of work; reached only when z is within ~1e-5 of 1 (horizons thousands of times α + T).
const MAX_TERMS = 2_000_000;
// Bound once: where the bundle runs in a Node vm context (the local runtime), every lookup of the
// global Math goes through the context's interceptor, which made the Pareto/NBD fit 30 times slower.
const { abs, max, exp } = Math;

/**
 * e^logFactor · Σₙ₌₁^∞ (a)ₙ (b+1)ₙ₋₁ / ((c+1)ₙ₋₁ n!) zⁿ, for |z| < 1, with (q)ₙ the rising factorial.
 * When b and c are not 0 this is e^logFactor · c (₂F₁(a, b; c; z) − 1) / b; unlike that quotient the
 * series is defined at b = 0 and c = 0, which is why the BG/NBD expectations use it (their b slot is
 * a − 1 and their c slot is a + b + x − 1, both of which can be 0).
 *
 * The terms are summed from their ratio (a+n)(b+n)z / ((c+n)(n+1)); a running scale keeps them
 * finite and is applied together with logFactor at the end, so a huge sum times a tiny factor is
 * computed without overflow (the sum is never logged, so its sign does not matter). The sum stops
 * when the remaining tail, bounded by a geometric series, is below 1e-16 of the sum; after 2,000,000
 * terms it stops and adds that geometric estimate of the tail. Time O(number of terms), which grows
 * like 1 / (1 − |z|).
 *
 * Throws RangeError when |z| ≥ 1 or c is a negative integer (a zero denominator).
 *
 * @example hyp2f1ScaledExcess(1, 1, 2, 0.5) // => 0.772588722239781 (2 (₂F₁(1,1;2;½) − 1) = 2 (2 ln 2 − 1))
 */
export function hyp2f1ScaledExcess(a: number, b: number, c: number, z: number, logFactor = 0): number {
  if (!(abs(z) < 1)) throw new RangeError(`the hypergeometric series needs |z| < 1, got ${z}`);
  if (c < 0 && Number.isInteger(c))
    throw new RangeError(`the hypergeometric series needs c not a negative integer, got ${c}`);
  if (z === 0 || a === 0) return 0;
  const absZ = abs(z);
  // Before every Pochhammer argument is positive the ratios are not yet monotone, so no early stop.
  const firstStop = max(0, -a, -b, -c) + 1;
  let term = a * z;
  let sum = term;
  let logScale = 0;
  for (let n = 1; n < MAX_TERMS; n++) {
    const ratio = ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    const next = term * ratio;
    if (next === 0) break;
    sum += next;
    term = next;
    if (abs(term) > RESCALE_ABOVE) {
      term /= RESCALE_ABOVE;
      sum /= RESCALE_ABOVE;
      logScale += LOG_RESCALE;
    }
    if (n >= firstStop) {
      // From here the ratios move monotonically towards |z|, so max(|ratio|, |z|) bounds them all.
      const bound = max(abs(ratio), absZ);
      if (bound < 1 && (abs(term) * bound) / (1 - bound) <= RELATIVE_TOLERANCE * abs(sum)) {
        return sum * exp(logFactor + logScale);
      }
    }
    if (n === MAX_TERMS - 1) {
      const q = ratio;
      if (abs(q) < 1) sum += (term * q) / (1 - q);
    }
  }
  return sum * exp(logFactor + logScale);
}
