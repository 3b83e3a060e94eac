// Reads every row of a vectorised formula, keeping a blank row blank and a bad row's reason.

/** What one input row turned into. `row` is the 0-based position within the range. */
export type RowRead<T> =
  | { kind: 'blank'; row: number }
  | { kind: 'error'; row: number; message: string }
  | { kind: 'value'; row: number; value: T };

/**
 * Runs `read` on every row that is not blank. An error thrown for one row (a FormulaError
 * from a parser, or a core function rejecting that row's numbers) is kept as that row's
 * message, so a bad row never fails the whole formula.
 *
 * @example readRows(2, (i) => i === 1, (i) => i * 10) // => [{kind: 'value', row: 0, value: 0}, {kind: 'blank', row: 1}]
 */
export function readRows<T>(
  rows: number,
  isBlankRow: (row: number) => boolean,
  read: (row: number) => T,
): RowRead<T>[] {
  const out: RowRead<T>[] = new Array(rows);
  for (let row = 0; row < rows; row++) {
    if (isBlankRow(row)) {
      out[row] = { kind: 'blank', row };
      continue;
    }
    try {
      out[row] = { kind: 'value', row, value: read(row) };
    } catch (error) {
      out[row] = { kind: 'error', row, message: error instanceof Error ? error.message : String(error) };
    }
  }
  return out;
}
