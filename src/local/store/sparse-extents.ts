// How far each row of a tab reaches through its formulas and number formats alone (cells with no value).
import type { SheetData } from '../emulator/workbook-data';

/** Last column index that holds something, per row, for cells known only to the sparse maps. */
export function sparseExtents(sheet: SheetData): Map<number, number> {
  const extents = new Map<number, number>();
  for (const map of [sheet.formulas, sheet.numberFormats]) {
    for (const key of map.keys()) {
      const [row, column] = key.split(':').map(Number);
      extents.set(row, Math.max(extents.get(row) ?? -1, column));
    }
  }
  return extents;
}
