// Rounds the numbers refresh writes, so a cell shows what the user reads and tests compare exactly.

/** `value` rounded half up to `digits` decimals (2 for money, 4 for probabilities and counts in units). */
export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
