// Decides whether a cell or an argument counts as empty, the way Sheets passes emptiness.

/**
 * True for `""`, `null` and `undefined`, and for text holding only spaces. Sheets passes an
 * empty cell as `""` and a skipped argument (`=CRM_CLV(A1:B1, 0.1, , C1:D1)`) as `""`,
 * `null` or `undefined` depending on the caller; all of them mean "omitted".
 *
 * @example isBlank('') // => true
 * @example isBlank(0) // => false
 */
export function isBlank(value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return true;
  return typeof value === 'string' && value.trim() === '';
}
