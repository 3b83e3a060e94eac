// BG/NBD expected repeat purchases in the next t time units for a customer known to be active.
import type { BgNbdParams } from './bg-nbd-params';
import { hyp2f1ScaledExcess } from './hyp2f1-scaled-excess';

/**
 * E[purchases in (T, T + t] | alive at T, x repeat purchases in (0, T]] under the BG/NBD model.
 * Multiplied by P(alive) it is the conditional expectation of Fader, Hardie & Lee (2005) eq. 10,
 * whose numerator it is:
 *
 *   (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)],  z = t/(α+T+t).
 *
 * With x = 0 and T = 0 it is the unconditional E[X(t)] (eq. 9). Evaluated in a form that stays
 * finite and accurate for every positive parameter set:
 * - Euler's transformation ₂F₁(A,B;C;z) = (1−z)^(C−A−B) ₂F₁(C−A, C−B; C; z), here with
 *   C − B = a − 1, turns the terms' growth n^(r−a+x) zⁿ into decay n^(a−r−x−2) zⁿ, so customers with
 *   thousands of purchases need few terms and nothing overflows;
 * - the bracket is 1 − (1−z)^(a−1) − (1−z)^(a−1)(₂F₁ − 1), and both parts have the factor a − 1
 *   taken out analytically (−expm1((a−1)L)/(a−1) and hyp2f1ScaledExcess), so a = 1 is not a 0/0 and
 *   a + b + x − 1 ≤ 0 (possible when x = 0 and a + b ≤ 1) needs no special case;
 * - for short horizons (τ = t/(α+T) small enough that the terms at least halve), the Pfaff-transformed
 *   series in −τ, which alternates without cancellation;
 * - when a > 2 and the printed form needs fewer terms (a and b very large, as in fits at the model's
 *   boundary), the printed form is summed instead, as −expm1((r+x)L) minus its scaled excess.
 * The work grows like 1 / (1 − z), i.e. with the horizon relative to α + T. When α + T is so small
 * against t that z rounds to 1, the value is the limit for an infinite horizon, E[1/p] =
 * (a+b+x−1)/(a−1), or Infinity when a ≤ 1 (the expectation then has no finite limit).
 *
 * Callers have checked the parameters and that t ≥ 0, x ≥ 0 and T ≥ 0.
 */
export function expectedPurchasesIfAlive(params: BgNbdParams, t: number, x: number, T: number): number {
  if (t === 0) return 0;
  const { r, alpha, a, b } = params;
  const A = r + x;
  const C = a + b + x - 1;
  const z = t / (alpha + T + t);
  if (!(z < 1)) {
    // α + T is below the rounding of t (a degenerate fit): the limit τ → ∞ is E[1/p] = C/(a−1), which
    // is infinite when a ≤ 1.
    return a > 1 ? C / (a - 1) : Number.POSITIVE_INFINITY;
  }
  const tau = t / (alpha + T);
  const aMinusOne = a - 1;
  if (tau * Math.max(1, a / 2) * Math.max(1, (A + 1) / (C + 1)) <= 0.5) {
    // Short horizon: Pfaff's transformation gives the bracket as 1 − ₂F₁(r+x, a−1; a+b+x−1; −τ), and
    // the scaled excess of that series is minus this expectation. Its terms alternate and at least
    // halve at every step under this condition, so the sum carries no cancellation, whereas the
    // forms in z subtract two numbers near (a+b+x−1)·τ when b is large.
    return Math.max(-hyp2f1ScaledExcess(A, aMinusOne, C, -tau), 0);
  }
  // L = ln(1 − z) = −ln(1 + t/(α+T)), exact for horizons much shorter than α + T.
  const L = -Math.log1p(tau);
  if (a > 2) {
    // The Euler-form terms grow until n ≈ (a−2) z/(1−z), millions when a is in the millions (a fit at
    // the model's boundary, a, b → ∞); the printed form's terms peak near n ≈ A zq/(1−zq), q = (b+x)/C,
    // which is then small. With a > 2 the printed form has no 0/0, its terms have one sign and are
    // bounded by those of (1−z)^(−A), and the bracket 1 − (1−z)^A ₂F₁ is at least a fraction
    // a/(a+b+x) of 1 − (1−z)^A, so little is lost to cancellation.
    const q = (b + x) / C;
    if ((A * z * q) / (1 - z * q) < ((a - 2) * z) / (1 - z)) {
      const bracket = -Math.expm1(A * L) - ((b + x) / C) * hyp2f1ScaledExcess(A, b + x, C, z, A * L);
      return Math.max((C / aMinusOne) * bracket, 0);
    }
  }
  const leading = aMinusOne === 0 ? -L : -Math.expm1(aMinusOne * L) / aMinusOne;
  const value = C * leading - hyp2f1ScaledExcess(C - A, aMinusOne, C, z, aMinusOne * L);
  // Rounding can leave −1e-17 where the true value is a tiny positive number.
  return Math.max(value, 0);
}
