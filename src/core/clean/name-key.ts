// A name compared loosely for merge suggestions: accents, case, punctuation and word order ignored.

/**
 * Lower case, accents and punctuation removed, words sorted: "Silva, Ana", "ANA SILVA" and
 * "Ána  Silva" all give "ana silva". Legal-form words of companies stay (they are rare in
 * person names and harmless to compare).
 * @example nameKey('Silva, Ána') // => 'ana silva'
 */
export function nameKey(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(' ');
}
