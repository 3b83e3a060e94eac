// Turns row results back into what a custom function returns: a table, or one value.
import type { RowRead } from './read-rows';

/**
 * The formula's return value. Each row becomes `width` cells: a blank row `""` in every cell,
 * a bad row its message "row N: …" (N = 1-based position within the range) in the first cell,
 * a good row its cells padded with `""`. A good row holding a NaN or infinite number becomes
 * "row N: the result is not a finite number", so a cell never shows #NUM!.
 *
 * When `single` is true (every argument was one value, not a range) the one row's first cell
 * is returned on its own, and an error reads without the "row 1: " prefix.
 */
export function writeRows(
  reads: readonly RowRead<readonly unknown[]>[],
  width: number,
  single: boolean,
): unknown {
  const table = reads.map((read) => {
    const cells: unknown[] = new Array(width).fill('');
    if (read.kind === 'blank') return cells;
    const problem = read.kind === 'error' ? read.message : nonFinite(read.value);
    if (problem !== null || read.kind === 'error') {
      cells[0] = single ? problem : `row ${read.row + 1}: ${problem}`;
      return cells;
    }
    for (let i = 0; i < width && i < read.value.length; i++) cells[i] = read.value[i];
    return cells;
  });
  return single && table.length === 1 ? table[0][0] : table;
}

/** The problem with a row of results, or null when every number in it is finite. */
function nonFinite(cells: readonly unknown[]): string | null {
  for (const cell of cells)
    if (typeof cell === 'number' && !Number.isFinite(cell)) return 'the result is not a finite number';
  return null;
}
