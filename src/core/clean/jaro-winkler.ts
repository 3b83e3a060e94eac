// Jaro–Winkler similarity of two strings, used only to suggest that two customers may be the same person.

/**
 * Jaro–Winkler similarity in [0, 1] (1 = equal). Jaro (1989): with m characters matching within
 * a window of ⌊max(|a|, |b|) / 2⌋ − 1 positions and t half the number of matched characters out
 * of order, jaro = (m/|a| + m/|b| + (m − t)/m) / 3 (0 when m = 0). Winkler (1990) boosts pairs
 * sharing a prefix of length ℓ ≤ 4: jw = jaro + ℓ · p · (1 − jaro), p = 0.1. Case-sensitive;
 * normalise first. O(|a| · |b|).
 * @example jaroWinkler('MARTHA', 'MARHTA') // => 0.9611 (m = 6, t = 1, jaro = 0.9444, ℓ = 3)
 */
export function jaroWinkler(a: string, b: string, prefixScale = 0.1): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedA = new Array<boolean>(a.length).fill(false);
  const matchedB = new Array<boolean>(b.length).fill(false);
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (!matchedB[j] && a[i] === b[j]) {
        matchedA[i] = true;
        matchedB[j] = true;
        m++;
        break;
      }
    }
  }
  if (m === 0) return 0;
  let outOfOrder = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[k]) k++;
    if (a[i] !== b[k]) outOfOrder++;
    k++;
  }
  const t = outOfOrder / 2;
  const jaro = (m / a.length + m / b.length + (m - t) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * prefixScale * (1 - jaro);
}
