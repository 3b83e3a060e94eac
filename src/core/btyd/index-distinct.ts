// Maps a column of numbers to its sorted distinct values and, per row, the position of its value.
import { mixBits } from './mix-bits';

/** Sorted distinct values of a column and, for each row, the index of its value among them. */
export type DistinctIndex = { values: Float64Array; index: Int32Array };

// Whole numbers in a range this short, and short against the number of rows, are looked up in a
// dense table instead of a hash, which is several times faster for the typical columns (whole days,
// counts of purchases).
const DENSE_RANGE = 1 << 22;

// The bits of a number, read as two 32-bit words to hash it.
const scratch = new Float64Array(1);
const words = new Int32Array(scratch.buffer);

/**
 * The sorted distinct values of `column` (with -0 read as 0) and each row's index into them.
 * O(n) for whole numbers spanning at most ~4 million and 8n; otherwise O(n) with a hash of the values plus
 * a sort of the distinct ones, so a million rows of few distinct values cost one pass, not a sort.
 * Allocates typed arrays only; the column is not modified.
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
  // The dense table is scanned whole: it pays only when the values fill a good part of their range.
  if (whole && max - min < Math.min(DENSE_RANGE, Math.max(1024, 8 * n)))
    return indexDense(column, index, min, max);
  return indexHashed(column, index);
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

/**
 * Open addressing on the bits of each value: rows get the number of their value in order of first
 * appearance, then the distinct values are sorted and the numbers renamed to sorted positions.
 */
function indexHashed(column: ArrayLike<number>, index: Int32Array): DistinctIndex {
  const n = column.length;
  let capacity = 1024;
  let mask = capacity - 1;
  let table: Int32Array = new Int32Array(capacity).fill(-1);
  let seen = new Float64Array(capacity >> 1);
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    const value = column[i] === 0 ? 0 : column[i];
    scratch[0] = value;
    let at = mixBits(words[0], words[1], 0) & mask;
    let id = table[at];
    while (id >= 0 && seen[id] !== value) {
      at = (at + 1) & mask;
      id = table[at];
    }
    if (id < 0) {
      id = distinct++;
      table[at] = id;
      if (id >= seen.length) {
        const grown = new Float64Array(seen.length * 2);
        grown.set(seen);
        seen = grown;
      }
      seen[id] = value;
      // Keep the table at most half full, so probes stay short.
      if (distinct * 2 > capacity) {
        capacity *= 2;
        mask = capacity - 1;
        table = rehash(seen, distinct, capacity);
      }
    }
    index[i] = id;
  }
  // Sorted natively, then each value's number found again through the table to learn its rank.
  const values = seen.slice(0, distinct).sort();
  const rank = new Int32Array(distinct);
  for (let k = 0; k < distinct; k++) {
    scratch[0] = values[k];
    let at = mixBits(words[0], words[1], 0) & mask;
    while (seen[table[at]] !== values[k]) at = (at + 1) & mask;
    rank[table[at]] = k;
  }
  for (let i = 0; i < n; i++) index[i] = rank[index[i]];
  return { values, index };
}

function rehash(seen: Float64Array, distinct: number, capacity: number): Int32Array {
  const mask = capacity - 1;
  const table = new Int32Array(capacity).fill(-1);
  for (let id = 0; id < distinct; id++) {
    scratch[0] = seen[id];
    let at = mixBits(words[0], words[1], 0) & mask;
    while (table[at] >= 0) at = (at + 1) & mask;
    table[at] = id;
  }
  return table;
}
