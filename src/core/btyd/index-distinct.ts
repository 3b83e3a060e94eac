// Maps a column of numbers to its sorted distinct values and, per row, the position of its value.

/** Sorted distinct values of a column and, for each row, the index of its value among them. */
export type DistinctIndex = { values: Float64Array; index: Int32Array };

// Whole numbers in this range are looked up in a dense table instead of a Map, which is several
// times faster for the typical columns (whole days, counts of purchases).
const DENSE_RANGE = 1 << 22;

/**
 * The sorted distinct values of `column` (with -0 read as 0) and each row's index into them.
 * O(n) for whole numbers spanning at most ~4 million, else O(n log n) with a Map. Allocates two
 * typed arrays; the column is not modified.
 *
 * Throws RangeError when a value is NaN (it has no place in an order).
 *
 * @example indexDistinct([3, 1, 3]) // => { values: [1, 3], index: [1, 0, 1] }
 */
export function indexDistinct(column: ArrayLike<number>): DistinctIndex {
  const n = column.length;
  const index = new Int32Array(n);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let whole = true;
  for (let i = 0; i < n; i++) {
    const value = column[i];
    if (Number.isNaN(value)) throw new RangeError(`row ${i + 1} holds NaN`);
    if (value < min) min = value;
    if (value > max) max = value;
    if (whole && !Number.isInteger(value)) whole = false;
  }
  if (n === 0) return { values: new Float64Array(0), index };
  if (whole && max - min < DENSE_RANGE) return indexDense(column, index, min, max);
  const sorted = Float64Array.from(column).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0 || sorted[i] !== sorted[distinct - 1]) sorted[distinct++] = sorted[i] === 0 ? 0 : sorted[i];
  }
  const values = sorted.slice(0, distinct);
  const position = new Map<number, number>();
  for (let i = 0; i < distinct; i++) position.set(values[i], i);
  for (let i = 0; i < n; i++) index[i] = position.get(column[i] === 0 ? 0 : column[i])!;
  return { values, index };
}

function indexDense(column: ArrayLike<number>, index: Int32Array, min: number, max: number): DistinctIndex {
  const slot = new Int32Array(max - min + 1).fill(-1);
  const n = column.length;
  for (let i = 0; i < n; i++) slot[column[i] - min] = 0;
  let distinct = 0;
  for (let k = 0; k < slot.length; k++) if (slot[k] === 0) slot[k] = distinct++;
  const values = new Float64Array(distinct);
  for (let k = 0; k < slot.length; k++) if (slot[k] >= 0) values[slot[k]] = k + min;
  for (let i = 0; i < n; i++) index[i] = slot[column[i] - min];
  return { values, index };
}
