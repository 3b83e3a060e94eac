// A1 cell addresses <-> 0-based row and column indexes.

/**
 * The A1 address of a 0-based cell: (0, 0) -> 'A1', (9, 27) -> 'AB10'.
 * Throws RangeError for a negative or fractional index.
 */
export function a1Address(row: number, column: number): string {
  if (!Number.isInteger(row) || !Number.isInteger(column) || row < 0 || column < 0) {
    throw new RangeError(`No A1 address for row ${row}, column ${column}`);
  }
  let letters = '';
  // Bijective base 26: A..Z, then AA.
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row + 1}`;
}

/**
 * The 0-based row and column of an A1 address, ignoring `$` anchors: 'AB10' -> { row: 9, column: 27 }.
 * Returns null for text that is not a single-cell A1 address.
 */
export function parseA1Address(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(address.trim());
  if (!match) return null;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}
