// Runs a whole-population computation (quantiles, shares, a fit) over the good rows only.
import type { RowRead } from './read-rows';

/**
 * Calls `compute` once with the values of the good rows, in order, and puts its results back
 * in those rows; blank and bad rows pass through. `compute` must return one result per value.
 * Throws an Error when it does not, which is a programming mistake rather than bad input.
 */
export function mapRowValues<T, U>(
  reads: readonly RowRead<T>[],
  compute: (values: T[]) => U[],
): RowRead<U>[] {
  const values: T[] = [];
  for (const read of reads) if (read.kind === 'value') values.push(read.value);
  const results = compute(values);
  if (results.length !== values.length)
    throw new Error(`expected ${values.length} results, got ${results.length}`);
  let next = 0;
  return reads.map((read) =>
    read.kind === 'value' ? { kind: 'value', row: read.row, value: results[next++] } : read,
  );
}
