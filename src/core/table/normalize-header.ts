// Header names compared as product.md asks: case, spaces and punctuation ignored.

/**
 * The comparison key of a header: accents removed, lower case, letters and digits only.
 * "Customer ID", "customer_id", " CustomerId " and "Customer-ID" all give "customerid".
 * @example normalizeHeader('P(alive)') // => 'palive'
 */
export function normalizeHeader(header: unknown): string {
  if (header === null || header === undefined) return '';
  return String(header)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
