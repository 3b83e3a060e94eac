// Header names compared the way product.md asks: case, spaces and punctuation ignored.

/**
 * The comparison key of a header: lower case, letters and digits only
 * (`' Customer-ID '` and `'customer id'` both give `'customerid'`).
 */
export function headerKey(header: unknown): string {
  return String(header ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Maps each header key of a header row to its 0-based column; the first of two equal headers wins. */
export function headerIndex(headerRow: readonly unknown[]): Map<string, number> {
  const index = new Map<string, number>();
  headerRow.forEach((header, column) => {
    const key = headerKey(header);
    if (key && !index.has(key)) index.set(key, column);
  });
  return index;
}
