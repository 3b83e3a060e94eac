// Writes only what changed: the columns where some cell differs, so formulas and values elsewhere stay as they are.

import { keyText } from '../core/table/sheet-table';
import type { Cell, Workbook } from './ports';

function same(a: Cell | undefined, b: Cell | undefined): boolean {
  return keyText(a ?? '') === keyText(b ?? '');
}

/**
 * Writes `next` over `current`, two views of the same rows of `tab` starting at sheet row
 * `firstRow`, touching only columns where at least one cell differs: one setValues per run of
 * adjacent changed columns, over the rows from the first to the last changed one. Columns without
 * a change are not written, so a user's formulas there survive (getValues would have turned them
 * into their results). Returns how many blocks it wrote.
 */
export function writeChangedCells(
  workbook: Workbook,
  tab: string,
  firstRow: number,
  current: readonly (readonly Cell[])[],
  next: readonly (readonly Cell[])[],
): number {
  const width = Math.max(0, ...current.map((r) => r.length), ...next.map((r) => r.length));
  const changed: boolean[] = new Array(width).fill(false);
  let top = Number.POSITIVE_INFINITY;
  let bottom = -1;
  for (let r = 0; r < next.length; r++) {
    for (let c = 0; c < width; c++) {
      if (same(current[r]?.[c], next[r]?.[c])) continue;
      changed[c] = true;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
    }
  }
  let blocks = 0;
  for (let c = 0; c < width; c++) {
    if (!changed[c]) continue;
    let end = c;
    while (end + 1 < width && changed[end + 1]) end++;
    const block: Cell[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: Cell[] = [];
      for (let k = c; k <= end; k++) row.push(next[r]?.[k] ?? '');
      block.push(row);
    }
    workbook.writeBlock(tab, firstRow + top, c + 1, block);
    blocks++;
    c = end;
  }
  return blocks;
}
