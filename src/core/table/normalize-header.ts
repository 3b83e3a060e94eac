// Header names compared as product.md asks: case, spaces and punctuation ignored.

/** Keys already computed: a workbook has few distinct headers, looked up once per row and column. */
const keys = new Map<string, string>();
const CACHE_LIMIT = 10_000;

/**
 * The comparison key of a header: accents removed, lower case, letters and digits only.
 * "Customer ID", "customer_id", " CustomerId " and "Customer-ID" all give "customerid".
 * Remembered per text, since table code asks for the same few headers on every row.
 * @example normalizeHeader('P(alive)') // => 'palive'
 */
export function normalizeHeader(header: unknown): string {
  if (header === null || header === undefined) return '';
  const text = String(header);
  let key = keys.get(text);
  if (key === undefined) {
    key = text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '');
    if (keys.size >= CACHE_LIMIT) keys.clear();
    keys.set(text, key);
  }
  return key;
}
