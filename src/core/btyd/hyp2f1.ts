// The Gauss hypergeometric function ₂F₁(a, b; c; z) for real z < 1.
import { hyp2f1ScaledExcess } from './hyp2f1-scaled-excess';

/**
 * ₂F₁(a, b; c; z) = Σₙ (a)ₙ (b)ₙ / ((c)ₙ n!) zⁿ for real z < 1, summed as a power series after a
 * transformation that makes it converge fast (Abramowitz & Stegun 15.3.3–15.3.5, DLMF 15.8.1):
 * - z < 0: Pfaff, ₂F₁(a,b;c;z) = (1−z)^(−a) ₂F₁(a, c−b; c; z/(z−1)) (or the same with a and b
 *   swapped, whichever series decays faster), so the argument lies in [0, 1) and the terms have
 *   one sign instead of alternating with large magnitudes;
 * - 0 ≤ z < 1: Euler, ₂F₁(a,b;c;z) = (1−z)^(c−a−b) ₂F₁(c−a, c−b; c; z), when c − a − b < 0, because
 *   the terms then decay like n^(c−a−b−1) zⁿ instead of n^(a+b−c−1) zⁿ.
 * The prefactor is carried as a logarithm into the series sum (never the log of the sum itself,
 * which can be negative), so a large series times a small prefactor does not overflow. The number
 * of terms grows like 1 / (1 − z′) for the transformed argument z′.
 *
 * Throws RangeError when z ≥ 1 or z is not a number, or when c is 0 or a negative integer.
 *
 * @example hyp2f1(1, 1, 2, -1) // => 0.6931471805599453 (ln 2, since ₂F₁(1,1;2;z) = −ln(1−z)/z)
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z < 1)) throw new RangeError(`hyp2f1 needs z < 1, got ${z}`);
  if (c <= 0 && Number.isInteger(c))
    throw new RangeError(`hyp2f1 needs c not 0 or a negative integer, got ${c}`);
  if (z === 0) return 1;
  if (z < 0) {
    const w = z / (z - 1);
    const logOneMinusZ = Math.log1p(-z);
    // Both forms are exact; the one whose first parameter is smaller has faster-decaying terms.
    return a <= b ? series(a, c - b, c, w, -a * logOneMinusZ) : series(c - a, b, c, w, -b * logOneMinusZ);
  }
  if (c - a - b < 0) return series(c - a, c - b, c, z, (c - a - b) * Math.log1p(-z));
  return series(a, b, c, z, 0);
}

/** e^logPrefactor · ₂F₁(a, b; c; z) for 0 ≤ z < 1, from 1 + (b/c) · the scaled excess series. */
function series(a: number, b: number, c: number, z: number, logPrefactor: number): number {
  return Math.exp(logPrefactor) + (b / c) * hyp2f1ScaledExcess(a, b, c, z, logPrefactor);
}
