// Collects the good rows of a formula for a fit over all of them, counting the bad ones.
import type { RowRead } from './read-rows';

/**
 * The values of the rows that were read, in order, and how many rows were bad; blank rows count
 * as neither, since a fit reports the rows it used and the rows it could not.
 *
 * @example goodRows([{ kind: 'value', row: 0, value: 5 }, { kind: 'error', row: 1, message: 'x' }]) // => { values: [5], invalid: 1 }
 */
export function goodRows<T>(reads: readonly RowRead<T>[]): { values: T[]; invalid: number } {
  const values: T[] = [];
  let invalid = 0;
  for (const read of reads) {
    if (read.kind === 'value') values.push(read.value);
    else if (read.kind === 'error') invalid++;
  }
  return { values, invalid };
}
